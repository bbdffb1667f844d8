/**
 * Limits before work: a .docx or .xlsx zip bomb is refused in one sentence before it is unpacked, and the
 * importer's process stays within 600 MB doing so (measured as the child process's peak resident memory).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryOf, zeros, zip } from '../support/zip.ts';
import { repoRoot } from '../support/load-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'import-limits-'));
const PEAK_MB = 600;

/** Imports each file in one child process (a fresh process per run would only repeat the modules' loading): each message, and the peak resident memory in MB after each. */
function importInChild(files: readonly string[]): { message: string; peakMB: number }[] {
  const script = `import { importDocument } from ${JSON.stringify(`${repoRoot}scripts/import.ts`)};
for (const file of ${JSON.stringify(files)}) {
  let message = 'drafted';
  try { await importDocument([file, '--region', '450000', '--out', file + '.out']); } catch (error) { message = error.message; }
  console.log(JSON.stringify({ message, peakMB: process.resourceUsage().maxRSS / 1024 }));
}`;
  const child = spawnSync(`${repoRoot}node_modules/.bin/node`, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  expect(child.status, child.stderr).toBe(0);
  return child.stdout.trim().split('\n').map((line) => JSON.parse(line) as { message: string; peakMB: number });
}

describe('a zip bomb', () => {
  it('is refused in one sentence before it is unpacked, the process within 600 MB, nothing written', () => {
    // 1.3 MB on disk each. The .docx's directory says 1.26 GB; the .xlsx's says 4 KB, and its entry unpacks to 1.26 GB.
    const docx = join(work, 'list.docx');
    writeFileSync(docx, zip([entryOf('[Content_Types].xml', '<Types/>'), { name: 'word/document.xml', deflated: zeros(1290), size: 1290 * 2 ** 20, crc: 0 }]));
    const xlsx = join(work, 'list.xlsx');
    writeFileSync(xlsx, zip([entryOf('[Content_Types].xml', '<Types/>'), { name: 'xl/worksheets/sheet1.xml', deflated: zeros(1290), size: 4096, crc: 0 }]));
    const [word, excel] = importInChild([docx, xlsx]);
    expect(word!.message).toBe(`${docx} unpacks to more than 1290 MB (its directory says so), more than the 100 MB a list may: it may be a zip bomb: open it in Word, save the list again as .docx, and import that copy.`);
    expect(excel!.message).toBe(`${xlsx} unpacks to more than its directory declares: it may be a zip bomb: open it in Excel, save the list again as .xlsx, and import that copy.`);
    expect(excel!.peakMB).toBeLessThan(PEAK_MB);
    expect(existsSync(`${docx}.out`) || existsSync(`${xlsx}.out`)).toBe(false);
  });
});
