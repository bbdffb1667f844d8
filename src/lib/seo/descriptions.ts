import { answerText, changeText, formatDate, formatEffective, type Words } from '../wording/answer-text.ts';
import { asSentence } from '../wording/sentence.ts';
import type { Answer, TodayVerdict } from '../engine/answer.ts';
import type { Change } from '../schema/change.ts';
import type { Source } from '../schema/source.ts';

/**
 * What a search result's snippet and a chat preview show of a page (<meta name="description">, og:description):
 * the page's own answer, in the same words the page shows (answer-text.ts), never a second wording.
 */

/** About what a search engine shows of a description; a second sentence is left out past it, never cut in two. */
export const DESCRIPTION_LENGTH = 120;

/** The first sentence, and the next only while the whole stays within DESCRIPTION_LENGTH. */
function within(first: string, next: string | null, words: Words): string {
  const both = next && words.tr('meta.join', { first, next });
  return both && both.length <= DESCRIPTION_LENGTH ? both : first;
}

/** Whose document: its issuer and number, or its title where it has no number (the citation's words, in Chinese). */
export function documentName(source: Pick<Source, 'issuer' | 'title' | 'documentNumber'>): string {
  return `${source.issuer ?? ''}${source.documentNumber ?? `《${source.title}》`}`;
}

/**
 * An answer page's description: the region, the number, since when the verdict holds, the verdict,
 * and whose document says so.
 * @param list the source of the region's list, or null for a region without one
 * @example answerDescription(quanzhou12369, { region: '350500', number: '12369' }, words, quanzhou.source)
 * // '泉州市 12369：2021年12月1日起已停用，请拨打 12345。依据泉州市人民政府办公室泉政办〔2021〕53号。'
 */
export function answerDescription(answer: Answer, at: { region: string; number: string }, words: Words, list: Pick<Source, 'issuer' | 'title' | 'documentNumber'> | null): string {
  const { tr } = words;
  const text = answerText(answer, at, words);
  const { change, today } = answer;
  // A change that agrees with the list keeps the list's day (answerText says so too); otherwise the change's day.
  const byChange = change !== null && !today?.listAgrees;
  const date = byChange ? formatEffective(change.effective, tr) : today?.since ? formatDate(today.since, tr) : null;
  const head = asSentence(tr('meta.answer', { region: words.region(at.region), number: at.number, verdict: text.verdict, since: date ? tr('meta.since', { date }) : '' }), tr);
  const source = byChange ? change.sources[0] : answer.kind === 'line' ? list : null;
  const basis = source ? tr('meta.basis', { document: documentName(source) }) : text.details[0] ? asSentence(text.details[0].text, tr) : null;
  return within(head, basis, words);
}

/**
 * A count of verdicts in the language, the most common first: 已停用 20、仍可拨打 10、12345 分中心 2.
 * @example verdictCounts(['parallel', 'cancelled', 'cancelled'], words) // '已停用 2、仍可拨打 1'
 */
export function verdictCounts(verdicts: TodayVerdict[], words: Words): string {
  const counts = new Map<TodayVerdict, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([verdict, count]) => words.tr(`meta.count.${verdict}`, { count }))
    .join(words.tr('meta.separator'));
}

/**
 * A region page's description: how many of its list's lines are in each state today, and whose list;
 * for a region without a list, that it has none and what to do.
 * @example regionDescription('350500', verdicts, words, quanzhou.source) // '泉州市的 33 条热线：已停用 20、…。依据…。'
 */
export function regionDescription(region: string, verdicts: TodayVerdict[], words: Words, list: Pick<Source, 'issuer' | 'title' | 'documentNumber'> | null): string {
  const { tr } = words;
  const name = words.region(region);
  if (!list) return within(asSentence(tr('verdict.noList', { region: name }), tr), asSentence(tr('meta.noList'), tr), words);
  const head = asSentence(tr('meta.region', { region: name, total: verdicts.length, counts: verdictCounts(verdicts, words) }), tr);
  return within(head, tr('meta.basis', { document: documentName(list) }), words);
}

/**
 * A /n/{number}/ page's description: the national change when one decides everywhere, else what the
 * regions' lists say today, counted.
 * @example numberDescription('12369', '环保热线', stopped12369, [], words) // '全国 12369：2024年4月底起已停用，请拨打 12345。依据…'
 */
export function numberDescription(number: string, name: string, change: Change | null, verdicts: TodayVerdict[], words: Words): string {
  const { tr } = words;
  if (change) {
    const text = changeText(change, words);
    const head = asSentence(tr('meta.answer', { region: tr('change.scopeNationwide'), number, verdict: text.verdict, since: tr('meta.since', { date: formatEffective(change.effective, tr) }) }), tr);
    return within(head, change.sources[0] ? tr('meta.basis', { document: documentName(change.sources[0]) }) : null, words);
  }
  if (verdicts.length === 0) return asSentence(tr('meta.numberNone', { number, name }), tr);
  return asSentence(tr('meta.number', { number, name, total: verdicts.length, counts: verdictCounts(verdicts, words) }), tr);
}
