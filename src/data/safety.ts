import { getSite } from './site.ts';
import { localised } from './locale.ts';
import { safetyWord } from '../lib/search/safety.ts';
import { searchFile } from '../lib/search/search-file.ts';
import type { SafetyFile } from '../lib/search/entry.ts';
import type { Change } from '../lib/schema/change.ts';
import type { Safety } from '../lib/schema/safety.ts';
import { t2sPairs } from '../lib/search/t2s-map.ts';

const wordsOf = (words: { zh: readonly string[]; en: readonly string[] }) => [...new Set([...words.zh, ...words.en].map(safetyWord))];

/**
 * /search/safety.json in one language, from content/safety.yaml: an entry per emergency number, first
 * whenever a query holds one of its words and told "dial it directly"; and the crisis line's words,
 * with the numbers to call at once. One file for every region: the same words are not sent in each.
 */
export async function safetyFile(locale: string | undefined): Promise<SafetyFile> {
  const site = await getSite();
  const l = await localised(locale);
  const { emergency, crisis } = site.safety;
  const entries = emergency.numbers.map((e) => {
    const verdict = l.tr('safety.emergencyVerdict', { number: e.number });
    return {
      number: e.number,
      aliases: [],
      name: e.name.zh,
      label: l.ours(e.name),
      department: null,
      href: l.href(`n/${e.number}/`),
      verdict,
      // Its words are its safety words alone: they put it first by themselves.
      now: { names: [], keywords: [], english: [e.name.en] },
      first: wordsOf(e.words),
      notice: { text: verdict, dial: [e.number] },
    };
  });
  const file = searchFile(entries, site.catalogue);
  const first = wordsOf(crisis.words);
  // The crisis words' traditional forms too: 憂鬱 typed must read as 忧郁.
  return { ...file, t2s: file.t2s + t2sPairs(first), crisis: { first, notice: { text: l.tr('safety.urgent', { numbers: crisis.urgent }), dial: crisis.urgent } } };
}

/**
 * Marks the crisis line's entry in a page's search file: only the crisis line, and only once a change
 * has made it one (before 2025-05-01, 12356 was the family-planning line, no place for a person in danger).
 */
export function crisisMark(safety: Safety, number: string, change: Change | null): { crisis?: true } {
  return number === safety.crisis.dial && change?.kind === 'reassigned' && change.now.dial === number ? { crisis: true } : {};
}
