import type { Change } from '../schema/change.ts';
import type { List } from '../schema/list.ts';
import type { ListEvent } from '../schema/list-history.ts';
import { changeText, formatDate, type Words } from '../wording/answer-text.ts';
import { citation } from '../sources/citation.ts';
import { asSentence } from '../wording/sentence.ts';

/**
 * One entry of the Atom feed (/changes/feed.xml), in the feed's language: a national change,
 * or a list added or corrected. Dated by the data — a change's announcement, a list's own record —
 * never by the build.
 */
export interface FeedEntry {
  /** The page it speaks of, below the language's root, with the anchor of its record: `changes/#12369-stopped`, `350500/#added-2026-11-23`. */
  path: string;
  /** YYYY-MM-DD. */
  date: string;
  title: string;
  /** Plain text (not HTML). */
  summary: string;
}

/**
 * The anchor of a list's record on the list's pages.
 * @example eventAnchor({ date: '2026-11-23', kind: 'added' }) // 'added-2026-11-23'
 */
export const eventAnchor = (event: Pick<ListEvent, 'date' | 'kind'>) => `${event.kind}-${event.date}`;

function changeEntry(change: Change, words: Words): FeedEntry {
  const { tr } = words;
  const text = changeText(change, words);
  return {
    path: `changes/#${change.id}`,
    date: change.announced,
    title: tr('feed.changeTitle', { numbers: change.numbers.join(' / '), verdict: text.verdict }),
    summary: [...text.details.map((d) => d.text), tr('change.announced', { date: formatDate(change.announced, tr) })].map((s) => asSentence(s, tr)).join(' '),
  };
}

function listEntry(list: List, event: ListEvent, words: Words): FeedEntry {
  const { tr } = words;
  const region = words.region(list.region);
  const document = words.text(citation(list.source)).text;
  const added = list.source.date
    ? tr('feed.listAddedSummaryDated', { region, document, date: formatDate(list.source.date, tr), lines: list.lines.length })
    : tr('feed.listAddedSummary', { region, document, lines: list.lines.length });
  return {
    path: `${list.region}/#${eventAnchor(event)}`,
    date: event.date,
    ...(event.kind === 'added'
      ? { title: tr('feed.listAdded', { region }), summary: added }
      : { title: tr('feed.listCorrected', { region }), summary: tr('feed.listCorrectedSummary', { region, note: words.ours(event.note!) }) }),
  };
}

/**
 * Every national change and every record of every list, newest first (on one day, changes before lists,
 * then by region), in one language.
 * @example feedEntries([stopped12369], [quanzhou], words).map((e) => e.path)
 * // ['350500/#corrected-2026-11-28', '350500/#added-2026-11-23', 'changes/#12369-stopped']
 */
export function feedEntries(changes: readonly Change[], lists: readonly List[], words: Words): FeedEntry[] {
  const entries = [
    ...changes.map((c) => ({ order: `0 ${c.id}`, entry: changeEntry(c, words) })),
    ...lists.flatMap((l) => l.history.map((e) => ({ order: `1 ${l.region}`, entry: listEntry(l, e, words) }))),
  ];
  return entries
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.order.localeCompare(b.order))
    .map((e) => e.entry);
}
