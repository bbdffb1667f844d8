import * as OpenCC from 'opencc-js';

const toTraditional = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Traditional → simplified for just the characters in `texts`: the browser
 * gets a few hundred pairs instead of OpenCC's ~59 KB. Build time only.
 * Both character-by-character and phrase conversion are used, since phrases
 * pick other forms (污染 → 汙染 in Taiwan usage).
 * @example t2sMap(['环保']) // { 環: '环' }
 */
export function t2sMap(texts: readonly string[]): Record<string, string> {
  const chars = new Set(texts.join('').match(/\p{Script=Han}/gu));
  const traditional = new Set<string>();
  for (const convert of toTraditional) {
    for (const c of chars) traditional.add(convert(c));
    for (const t of texts) for (const c of convert(t)) traditional.add(c);
  }
  const map: Record<string, string> = {};
  for (const t of [...traditional].sort()) {
    const s = toSimplified(t);
    // A character the texts themselves use is never rewritten: OpenCC writes 幺 as 么 in Taiwan usage, and reading 么
    // back as 幺 would turn every 什么 into 什幺.
    if (s !== t && [...s].length === 1 && chars.has(s) && !chars.has(t)) map[t] = s;
  }
  return map;
}

/**
 * The same pairs as the data files carry them: one string, each traditional
 * character followed by its simplified one (half the bytes of a JSON object,
 * and the service worker's precache counts bytes). Read with readT2S.
 * @example t2sPairs(['环保']) // '環环'
 */
export const t2sPairs = (texts: readonly string[]) =>
  Object.entries(t2sMap(texts))
    .map(([t, s]) => t + s)
    .join('');
