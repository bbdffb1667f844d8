/**
 * National scale, for the benchmark and the scale test only — never published:
 * writes a content folder in which every prefecture of China has a list. The
 * five real lists and their documents are copied as they are; every other
 * prefecture gets the national lines, each with a mode drawn from what the real
 * lists chose for that number, plus one to three local lines, and a document
 * that prints them as a table, so each row has its place on a source page and the
 * build's document check reads from it every field the list gives. Municipalities without
 * prefectures (北京市…) get one list of their own. Seeded, so every run writes the
 * same files.
 *
 *   node scripts/national-content.ts <folder> [seed]
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { allRegions } from '../src/lib/places/regions.ts';

type Mode = 'merged' | 'parallel' | 'subcenter';
interface RealLine {
  number: string | number | null;
  mode: Mode;
}

const root = new URL('../content/', import.meta.url);
const MODE_WORDS: Record<Mode, string> = { merged: '整体并入', parallel: '双号并行', subcenter: '设分中心' };

/** mulberry32: a small seeded generator, so the output is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes catalogue.yaml, one list per prefecture and its document, the real
 * national changes and their review (extended to the generated local numbers) and what is said in danger into `dir`.
 * @returns how many lists and lines were written
 */
export function writeNationalContent(dir: string, seed = 12345): { lists: number; lines: number } {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  mkdirSync(`${dir}/lists`, { recursive: true });
  cpSync(fileURLToPath(new URL('lists/', root)), `${dir}/lists`, { recursive: true });
  cpSync(fileURLToPath(new URL('changes/', root)), `${dir}/changes`, { recursive: true });
  cpSync(fileURLToPath(new URL('sources/', root)), `${dir}/sources`, { recursive: true });
  cpSync(fileURLToPath(new URL('safety.yaml', root)), `${dir}/safety.yaml`);
  // The learned score ships in /search/safety.json, which every phone precaches: the national budget counts it too.
  cpSync(fileURLToPath(new URL('safety-model.json', root)), `${dir}/safety-model.json`);

  const real = readdirSync(new URL('lists/', root)).map(
    (f) => parse(readFileSync(new URL(`lists/${f}`, root), 'utf8')) as { region: string; lines: RealLine[] },
  );
  const covered = new Set(real.map((l) => l.region));
  const modesOf = new Map<string, Mode[]>();
  for (const list of real) for (const line of list.lines) if (line.number) modesOf.set(String(line.number), [...(modesOf.get(String(line.number)) ?? []), line.mode]);

  const catalogue = parse(readFileSync(new URL('catalogue.yaml', root), 'utf8')) as { number: string | number; name: string; scope: string }[];
  const national = catalogue.filter((h) => h.scope === 'national');
  const review = parse(readFileSync(new URL('national-review.yaml', root), 'utf8')) as { reviewed: string; numbers: unknown[] };
  const local: typeof catalogue = [];
  let lines = 0;
  // Prefectures, and the municipalities (北京市…) that have none under them.
  const regions = allRegions();
  const hasPrefectures = new Set(regions.map((r) => r.parent));
  const prefectures = regions.filter(
    (r) => !covered.has(r.code) && !covered.has(r.parent ?? '') && (r.level === 'city' || !hasPrefectures.has(r.code)),
  );
  for (const region of prefectures) {
    const month = pick([8, 9, 10, 11, 12]);
    const deadline = `2021-${String(month).padStart(2, '0')}-${month === 9 || month === 11 ? 30 : 31}`;
    const own = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => {
      const number = `96${region.code.slice(0, 2)}${i}`.padEnd(5, '0') + region.code.slice(2, 4);
      const hotline = { number, name: `${region.name}便民服务热线 ${i + 1}`, shortName: `本地热线 ${i + 1}`, englishName: `Local service line ${i + 1}`, scope: 'local', keywords: ['本地', '便民'], englishKeywords: ['local'] };
      local.push(hotline);
      return { number, name: hotline.name, mode: pick<Mode>(['merged', 'parallel']) };
    });
    const entries = [
      ...national.map((h) => ({ number: String(h.number), name: h.name, mode: pick(modesOf.get(String(h.number)) ?? ['merged']) })),
      ...own,
    ];
    const listLines = entries.map((e, i) => ({
      row: i + 1,
      section: i < national.length ? '国家热线' : '本地热线',
      number: e.number,
      name: e.name,
      department: '市政务服务管理局',
      mode: e.mode,
      agents: e.mode === 'subcenter' ? 'kept' : 'managed',
      answeredBy: '市 12345',
      schedule: { deadline, text: `${month} 月底前完成`, yearAssumed: true },
    }));
    const count = (mode: Mode) => listLines.filter((l) => l.mode === mode).length;
    const list = {
      region: region.code,
      source: {
        id: `synthetic-${region.code}`,
        issuer: null,
        title: `${region.name} 12345 热线归并清单（基准测试生成，非真实文件）`,
        documentNumber: null,
        date: null,
        notes: ['Generated by scripts/national-content.ts for the benchmark; not a real document.'],
      },
      counts: { merged: count('merged'), parallel: count('parallel'), subcenter: count('subcenter'), stated: false },
      lines: listLines,
      // Never published: dated by the review it is generated beside.
      history: [{ date: review.reviewed, kind: 'added' }],
    };
    writeFileSync(`${dir}/lists/${region.code}-synthetic.yaml`, stringify(list));
    // Printed as a real list prints its table, so the importer's reader (the build's document check) reads every field the list gives.
    const table = (section: string) => [`${section}\t\t\t\t\t`, ...listLines.filter((l) => l.section === section).map((l) => [l.row, `${l.number} ${l.name}`, l.department, MODE_WORDS[l.mode as Mode], l.answeredBy, l.schedule.text].join('\t'))];
    writeFileSync(`${dir}/sources/${list.source.id}.txt`, [list.source.title, '序号\t号码\t责任单位\t整合方式\t归并落地方式\t完成时间', ...table('国家热线'), ...table('本地热线')].join('\n'));
    lines += listLines.length;
  }
  writeFileSync(`${dir}/catalogue.yaml`, stringify([...catalogue, ...local]));
  const generated = local.map((h) => ({ number: String(h.number), finding: 'none', searched: review.reviewed, queries: ['(generated for the benchmark)'], note: 'A generated local line, not a real number.' }));
  writeFileSync(`${dir}/national-review.yaml`, stringify({ ...review, numbers: [...review.numbers, ...generated] }));
  return { lists: prefectures.length + real.length, lines: lines + real.reduce((n, l) => n + l.lines.length, 0) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, seed] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/national-content.ts <folder> [seed]');
    process.exit(2);
  }
  const written = writeNationalContent(dir, seed ? Number(seed) : undefined);
  console.log(`${dir}: ${written.lists} lists, ${written.lines} lines`);
}
