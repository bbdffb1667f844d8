/**
 * A seed list's document in the encodings older government pages use imports exactly like its UTF-8
 * original: 福建's document as a GBK and a UTF-16 .txt, 泉州's rows as a GB2312 .html page.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../scripts/import.ts';
import { htmlPage, rowsOf } from '../support/import-fixtures.ts';
import { repoRoot } from '../support/load-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'import-encodings-'));
let n = 0;

/** Imports bytes as a file of this name; the draft (without its first comment, which names the file) and the text written. */
async function imported(name: string, bytes: Buffer, region: string) {
  const dir = join(work, String(n++));
  mkdirSync(dir);
  writeFileSync(join(dir, name), bytes);
  const out = join(dir, 'out');
  const report = await importDocument([join(dir, name), '--region', region, '--out', out, '--id', 'doc']);
  const [list] = readdirSync(join(out, 'lists'));
  return {
    report,
    list: readFileSync(join(out, 'lists', list!), 'utf8').replace(/^#.*\n/u, ''),
    text: readFileSync(join(out, 'sources', 'doc.txt'), 'utf8'),
  };
}

describe('a seed list in an older encoding', () => {
  const fujian = readFileSync(`${repoRoot}content/sources/fujian-2021.txt`, 'utf8');

  it('福建’s document as a GBK .txt, and as UTF-16 with its byte order mark, drafts as the UTF-8 one does, and the report names the encoding', async () => {
    const utf8 = await imported('fujian.txt', Buffer.from(fujian), '350000');
    expect(utf8.list).toContain('number: "12369"');
    const gbk = await imported('fujian.txt', iconv.encode(fujian, 'gbk'), '350000');
    expect(gbk.list).toBe(utf8.list);
    expect(gbk.text).toBe(utf8.text);
    expect(gbk.report).toContain('read as GB18030 (detected).');
    const utf16 = await imported('fujian.txt', iconv.encode(fujian, 'utf-16le', { addBOM: true }), '350000');
    expect(utf16.list).toBe(utf8.list);
    expect(utf16.report).toContain('read as UTF-16LE (byte order mark).');
    expect(utf8.report).toContain('read as UTF-8.');
  });

  it('泉州’s rows as a GB2312 .html page draft as the UTF-8 page does', async () => {
    const page = htmlPage(rowsOf('350500'));
    const utf8 = await imported('quanzhou.html', Buffer.from(page), '350500');
    const gb2312 = await imported('quanzhou.html', iconv.encode(page.replace('<meta charset="utf-8">', '<meta charset="gb2312">'), 'gb2312'), '350500');
    expect(gb2312.list).toBe(utf8.list);
    expect(gb2312.report).toContain('read as GB18030 (the page declares gb2312).');
    expect(utf8.report).toContain('read as UTF-8 (the page declares utf-8).');
  });
});
