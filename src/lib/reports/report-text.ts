import type { Report, ReportClaim } from '../schema/report.ts';
import { formatDate, type Words } from '../wording/answer-text.ts';
import type { DataText } from '../locale/data-text.ts';

/**
 * A report's statement as pages show it: who reported it and when ("据 人民网 2022年2月7日报道："),
 * its own words (quoted, in Chinese), what it says in plain words and what it leaves unknown,
 * and where to read it. Never a verdict: the statement is the outlet's, not a list's.
 */
/** A sentence in the page's language with pieces of Chinese in it (an outlet's name), each marked as data. */
export type Mixed = (string | DataText)[];

export interface ReportText {
  /** "据 人民网 2022年2月7日报道：", the outlet's name marked as Chinese data. */
  lead: Mixed;
  /** The report's words, one per passage. */
  words: DataText[];
  /** Which lines it speaks of ("涉及号码：96119", "所有热线"). */
  numbers: string;
  /** What it says of them, and what it does not say (whether the old number still connects). */
  says: string;
  /** Where it speaks of a part of the region only, that part; else null. */
  part: string | null;
  /** Its headline, where the copy we read shows one. */
  title: DataText | null;
  /** Where to read it, labelled as what it is: the outlet's page, a repost, or a mirror's copy. */
  link: { href: string; label: Mixed };
}

const MARK = '\u0001';

/**
 * A UI string with data in it: each of `data`'s values stands where its placeholder is, kept apart so
 * a page can mark it with its language (an English sentence naming 人民网).
 * @example mixed(t, 'reports.lead', { date: '…' }, { outlet: { text: '人民网', lang: 'zh-Hans' } }) // [{ text: '人民网', lang: 'zh-Hans' }, ' reported on …: ']
 */
export function mixed(t: Words['tr'], key: string, values: Record<string, unknown>, data: Record<string, DataText>): Mixed {
  const marked = t(key, { ...values, ...Object.fromEntries(Object.keys(data).map((k) => [k, `${MARK}${k}${MARK}`])) });
  return marked
    .split(MARK)
    .map((piece, i) => (i % 2 === 1 ? data[piece]! : piece))
    .filter((piece) => piece !== '');
}

/** The plain text of a mixed sentence. */
export const plain = (m: Mixed): string => m.map((p) => (typeof p === 'string' ? p : p.text)).join('');

/** The counts a statement gives, in words: "整体并入 24 条、双号并行 1 条、设分中心 5 条". */
function countsText(counts: NonNullable<ReportClaim['counts']>, words: Words): string {
  const { tr: t } = words;
  return t('reports.countsList', {
    items: (['cancelled', 'merged', 'parallel', 'subcenter'] as const)
      .filter((k) => counts[k] !== undefined)
      .map((k) => t(`reports.count.${k}`, { count: counts[k] })),
  });
}

/**
 * @example reportText(jiangsu, jiangsu.says[0], words).lead // '据 人民网 2022年2月7日报道：'
 */
export function reportText(report: Report, claim: ReportClaim, words: Words): ReportText {
  const { tr: t } = words;
  const date = formatDate(report.date, t);
  const outlet = words.text(report.outlet);
  const lead = report.originally
    ? mixed(t, 'reports.leadFrom', { date }, { outlet, originally: words.text(report.originally) })
    : mixed(t, 'reports.lead', { date }, { outlet });
  const since = claim.effective ? t('reports.since', { date: formatDate(claim.effective, t) }) : '';
  const says =
    claim.says === 'counts' && claim.counts ? t('reports.says.counts', { counts: countsText(claim.counts, words) }) : t(`reports.says.${claim.says}`, { since });
  const link = report.url
    ? { href: report.url, label: [t('reports.read')] }
    : { href: report.readAt.url, label: mixed(t, report.readAt.mirror ? 'reports.readMirror' : 'reports.readRepost', {}, { site: words.text(report.readAt.site) }) };
  return {
    lead,
    words: claim.words.map(words.text),
    numbers: claim.numbers === 'all' ? t('reports.allLines') : t('reports.numbers', { numbers: claim.numbers }),
    says,
    part: report.part ? words.ours(report.part) : null,
    title: report.title ? words.text(report.title) : null,
    link,
  };
}

/**
 * The statement in one plain sentence, for places that show text only (the search's notice).
 * @example reportSentence(jiangsu, jiangsu.says[0], words) // '据 人民网 2022年2月7日报道：“截至2021年底,江苏35条部门政务热线全部归并到12345”。报道说：并入 12345；…'
 */
export function reportSentence(report: Report, claim: ReportClaim, words: Words): string {
  const r = reportText(report, claim, words);
  return `${plain(r.lead)}${words.tr('reports.quoted', { words: r.words.map((w) => w.text).join('……') })}${r.part ? ` (${r.part})` : ''} ${r.says}`;
}
