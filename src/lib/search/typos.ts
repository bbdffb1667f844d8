/**
 * Typo matching (公基金 → 公积金, gongjijing → gongjijin): how few edits turn the query into some stretch of
 * a short word an entry holds. It replaced Fuse.js (2026-12-07), which did the same with bitap at a third of
 * the search island's weight (7.7 of its 20 KB gzip), when every page's script stood at DESIGN's 30 KB;
 * the score is Fuse's as we used it (location ignored, keys weighted, shorter fields first).
 */

/** A field of the entries to compare, and how much a match in it counts. */
export interface TypoKey<T> {
  values: (doc: T) => readonly string[];
  weight: number;
}

/** One entry near the query: its place in the list, and 0 (the query is in it as typed) to 1 (far). */
export interface TypoMatch {
  index: number;
  score: number;
}

/**
 * The fewest insertions, deletions and substitutions that turn `query` into some stretch of `text`
 * (Sellers' algorithm: the text's start and end are free), for strings of a few characters. Stops as soon as
 * every stretch needs more than `limit` (a row's least never falls), answering limit + 1.
 * @example nearest([...'公基金'], [...'住房公积金']) // 1
 */
export function nearest(query: readonly string[], text: readonly string[], limit = Infinity): number {
  let row: number[] = text.map(() => 0);
  row.push(0);
  for (let i = 0; i < query.length; i++) {
    const next = [i + 1];
    let least = i + 1;
    for (let j = 0; j < text.length; j++) {
      const d = Math.min(row[j + 1]! + 1, next[j]! + 1, row[j]! + (query[i] === text[j] ? 0 : 1));
      next.push(d);
      if (d < least) least = d;
    }
    if (least > limit) return limit + 1;
    row = next;
  }
  return Math.min(...row);
}

/**
 * A typo search over `docs`: the entries whose fields hold the query with at most `threshold` of its
 * characters wrong, best first. An entry's score multiplies those of every value near the query, each raised
 * to its key's share of the weights and to 1/√ of the value's words, as Fuse.js scores fields: an entry
 * that holds the query in more of its words comes first.
 * @example typoSearch([{ k: ['公积金'] }], [{ values: (d) => d.k, weight: 1 }], 0.4)('公基金') // [{ index: 0, score: 0.33… }]
 */
export function typoSearch<T>(docs: readonly T[], keys: readonly TypoKey<T>[], threshold: number): (query: string, limit: number) => TypoMatch[] {
  const total = keys.reduce((sum, k) => sum + k.weight, 0);
  const fields = docs.map((doc) => keys.map((k) => k.values(doc).map((v) => ({ chars: [...v], set: new Set(v), norm: 1 / Math.sqrt(v.split(/ +/).length) }))));
  return (query, limit) => {
    const q = [...query];
    const allowed = Math.floor(threshold * q.length);
    const matches: TypoMatch[] = [];
    fields.forEach((docKeys, index) => {
      let score = 1;
      let matched = false;
      docKeys.forEach((values, k) => {
        for (const v of values) {
          // A word missing more of the query's characters than the typos allowed cannot be near it.
          if (q.filter((c) => !v.set.has(c)).length > allowed) continue;
          const s = nearest(q, v.chars, allowed) / q.length;
          if (s > threshold) continue;
          matched = true;
          score *= Math.pow(s === 0 ? Number.EPSILON : s, (keys[k]!.weight / total) * v.norm);
        }
      });
      if (matched) matches.push({ index, score });
    });
    return matches.sort((a, b) => a.score - b.score).slice(0, limit);
  };
}
