/**
 * `npm run import` on documents in every format it reads: the five hand-made lists' rows laid
 * out as Word tables, tick columns, a spreadsheet, an HTML page and enumerating sentences
 * (tests/support/import-fixtures.ts), each drafted back with every number and mode right. Bad
 * input gets one sentence and nothing written. (A PDF printed by Chromium: pdf.browser.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import officeCrypto from 'officecrypto-tool';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../scripts/import.ts';
import { byMode, expected, htmlPage, rowsOf, sentences, spreadsheet, wordTables, wordTicks } from '../support/import-fixtures.ts';
import { repoRoot } from '../support/load-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'import-'));
let n = 0;
/** A document written to a fresh folder, and the folder the import writes into. */
function fixture(name: string, content: string | Buffer) {
  const dir = join(work, String(n++));
  mkdirSync(dir);
  const file = join(dir, name);
  writeFileSync(file, content);
  return { file, out: join(dir, 'out') };
}
const drafted = (out: string) => {
  const [list] = readdirSync(join(out, 'lists'));
  return parse(readFileSync(join(out, 'lists', list!), 'utf8')) as { lines: { number: string; mode: string; aliases?: string[] }[] };
};
const modesOf = (out: string) => drafted(out).lines.map((l) => `${l.number} ${l.mode}`);

describe('npm run import drafts every number and mode right from', () => {
  it('Word tables under the modes’ headings (福建’s rows)', async () => {
    const rows = rowsOf('350000');
    const { file, out } = fixture('fujian.docx', await wordTables(rows));
    const report = await importDocument([file, '--region', '350000', '--out', out]);
    expect(modesOf(out)).toEqual(expected(byMode(rows)));
    expect(report).toMatch(/^Drafted 32 rows from the document into .*350000-fujian\.yaml/);
  });

  it('a Word table with tick columns under a heading that spans them (潮州’s rows)', async () => {
    const rows = rowsOf('445100');
    const { file, out } = fixture('chaozhou.docx', await wordTicks(rows));
    await importDocument([file, '--region', '445100', '--out', out]);
    expect(modesOf(out)).toEqual(expected(rows));
  });

  it('a spreadsheet, a heading row per mode, an alias in brackets (吉林’s rows)', async () => {
    const rows = rowsOf('220000');
    const { file, out } = fixture('jilin.xlsx', await spreadsheet(rows));
    await importDocument([file, '--region', '220000', '--out', out]);
    expect(modesOf(out)).toEqual(expected(byMode(rows)));
    expect(drafted(out).lines.find((l) => l.number === '12393')?.aliases).toEqual(['96618']);
  });

  it('an HTML page whose number cells carry the names (泉州’s rows)', async () => {
    const rows = rowsOf('350500');
    const { file, out } = fixture('quanzhou.html', htmlPage(rows));
    await importDocument([file, '--region', '350500', '--out', out]);
    expect(modesOf(out)).toEqual(expected(byMode(rows)));
    expect(readFileSync(join(out, 'sources', 'quanzhou.txt'), 'utf8')).toContain('1\t12396 科技公益服务\t市科技局');
  });

  it('sentences that enumerate the numbers of each mode (四川’s rows)', async () => {
    const rows = rowsOf('510000');
    const { file, out } = fixture('sichuan.txt', sentences(rows));
    await importDocument([file, '--region', '510000', '--out', out, '--id', 'sichuan-sentences']);
    expect(modesOf(out)).toEqual(expected(byMode(rows)));
    expect(existsSync(join(out, 'sources', 'sichuan-sentences.txt'))).toBe(true);
  });
});

describe('bad input: one sentence, and nothing written', () => {
  const refused = async (name: string, content: string | Buffer | null, region = '450000') => {
    const { file, out } = content === null ? { file: join(work, 'no-such-file.docx'), out: join(work, 'nothing') } : fixture(name, content);
    let message = '';
    try {
      await importDocument([file, '--region', region, '--out', out]);
    } catch (error) {
      message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    expect(existsSync(out), 'nothing written').toBe(false);
    expect(message.split('\n')).toHaveLength(1);
    return message.replace(/^ImportError: /, '').replace(file, 'FILE');
  };

  it('a file with no hotline rows', async () => {
    expect(await refused('notice.txt', '关于做好热线工作的通知\n请各单位拨打12345或12369咨询。')).toBe(
      'Found no hotline rows in FILE: no table under a heading such as 一、整体并入, no tick or 归并方式 column and no sentence listing numbers (12300、12301…) names a line; check that this is the merge list, or copy its table into a .txt file with tab-separated cells. It prints hotline numbers no row holds, 12369 (line 2).',
    );
  });

  it('a damaged Word file, and a damaged Excel file', async () => {
    expect(await refused('list.docx', Buffer.from('PK\x03\x04 not really a zip archive'))).toBe('FILE is not a readable Word file (it may be damaged): open it in Word, save it again as .docx, and import that copy.');
    expect(await refused('list.xlsx', Buffer.from('<html>saved from a browser</html>'))).toBe('FILE is not a readable Excel file (it may be damaged or only named .xlsx): open it in Excel, save it again as .xlsx, and import that copy.');
  });

  it('a password-protected Word file, and a password-protected Excel file', async () => {
    const word = officeCrypto.encrypt(await wordTables(rowsOf('350000')), { password: '12345', type: 'standard' });
    const excel = officeCrypto.encrypt(await spreadsheet(rowsOf('220000')), { password: '12345', type: 'standard' });
    expect(await refused('locked.docx', word)).toBe('FILE is password-protected: open it in Word, remove the password (File › Info › Protect), save it, and import that copy.');
    expect(await refused('locked.xlsx', excel)).toBe('FILE is password-protected: open it in Excel, remove the password (File › Info › Protect), save it, and import that copy.');
  });

  it('an unknown region code, and a file that does not exist', async () => {
    expect(await refused('list.txt', '一、整体并入\n序号\t号码\n1\t12396', '999999')).toBe('No region has the code 999999 in the GB/T 2260 dataset the site uses: give a province\'s or prefecture\'s six-digit code, e.g. 450000 for 广西壮族自治区.');
    expect(await refused('', null)).toBe('No such file: FILE.');
  });

  it('from the command line: the sentence on stderr and exit status 1; a draft written, exit status 0', () => {
    const run = (...args: string[]) => spawnSync(`${repoRoot}node_modules/.bin/node`, [`${repoRoot}scripts/import.ts`, ...args], { cwd: repoRoot, encoding: 'utf8' });
    const bad = run(join(work, 'missing.pdf'), '--region', '450000', '--out', join(work, 'cli-bad'));
    expect({ status: bad.status, stderr: bad.stderr.trim(), stdout: bad.stdout }).toEqual({ status: 1, stderr: `No such file: ${join(work, 'missing.pdf')}.`, stdout: '' });
    const { file, out } = fixture('list.txt', '一、整体并入\n序号\t号码\t责任单位\n1\t12396\t市科技局');
    const good = run(file, '--region', '450100', '--out', out);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('Drafted 1 rows from the document');
    expect(readdirSync(join(out, 'lists'))).toEqual(['450100-nanning.yaml']);
  });
});
