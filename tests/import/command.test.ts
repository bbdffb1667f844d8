/**
 * `npm run import` as a command: its help, a plain --id, nothing created when nothing is drafted, and
 * a draft that would leave out a number the document prints refused unless the editor says the gap is known.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../scripts/import.ts';

const work = mkdtempSync(join(tmpdir(), 'import-command-'));
let n = 0;
function fixture(name: string, content: string) {
  const dir = join(work, String(n++));
  mkdirSync(dir);
  writeFileSync(join(dir, name), content);
  return { file: join(dir, name), out: join(dir, 'out'), dir };
}
const refusal = (argv: string[]) => importDocument(argv).then(() => '', (error: Error) => `${error.name}: ${error.message}`);
const TABLE = '一、整体并入\n序号\t号码\t责任单位\n1\t12396\t市科技局\n';

describe('npm run import', () => {
  it('--help prints the usage and every option, and drafts nothing', async () => {
    const help = await importDocument(['--help']);
    expect(help).toMatch(/^usage: npm run import -- FILE --region CODE/u);
    for (const option of ['--region', '--out', '--id', '--gaps-known', '--help']) expect(help).toContain(option);
    expect(await importDocument(['-h'])).toBe(help);
  });

  it.each(['../../x', 'a/b', 'guangxi.2021', '.hidden', 'C:\\x', ''])('refuses --id %j in one sentence, and writes nothing anywhere', async (id) => {
    const { file, out, dir } = fixture('list.txt', TABLE);
    const message = await refusal([file, '--region', '450100', '--out', out, '--id', id]);
    expect(message).toBe(`ImportError: --id ${JSON.stringify(id)} is not a plain id: use lower-case letters, digits and hyphens only (e.g. guangxi-2021), no slashes or dots.`);
    expect(readdirSync(dir)).toEqual(['list.txt']);
    expect(existsSync(join(work, 'x'))).toBe(false);
  });

  it('creates nothing, not even its folders, when nothing is drafted', async () => {
    const { file, out, dir } = fixture('notice.txt', '关于做好热线工作的通知\n请各单位拨打12345咨询。');
    expect(await refusal([file, '--region', '450100', '--out', out])).toMatch(/^ImportError: Found no hotline rows in /u);
    expect(readdirSync(dir)).toEqual(['notice.txt']);
  });

  it('refuses a draft that leaves out a number the document prints, naming it and its line; --gaps-known drafts it and says so', async () => {
    const text = `${TABLE}另：12369 环境保护投诉举报电话同时停止服务。\n`;
    const { file, out, dir } = fixture('list.txt', text);
    expect(await refusal([file, '--region', '450100', '--out', out])).toBe(
      'ImportError: Nothing was written: the document prints hotline numbers no drafted row holds, 12369 (line 4, under 一、整体并入); see how the document lays out those rows and draft them by hand, or, if they are not lines of the list, import again with --gaps-known and say why in source.notes.',
    );
    expect(readdirSync(dir)).toEqual(['list.txt']);
    const report = await importDocument([file, '--region', '450100', '--out', out, '--gaps-known']);
    expect(report).toContain('  一、整体并入: 2 numbers seen, 1 rows drafted');
    expect(report).toContain('Hotline numbers the document prints that no drafted row holds (1): 12369 (line 4, under 一、整体并入).');
    expect(report).toContain('  line 3: 1 row, each a table row (序号 | 号码 | 责任单位)');
    expect(report).not.toContain('every national catalogue number');
  });

  it('says every number it saw is drafted only when it is', async () => {
    const { file, out } = fixture('list.txt', TABLE);
    expect(await importDocument([file, '--region', '450100', '--out', out])).toContain('Every hotline number the document prints is in a drafted row');
  });
});
