/**
 * What the end of a name says about the place: a zone, island, town or village is not a county-level division,
 * and a county-level level word (县, 区, 市…) may be one. Pure, for the home page's question (question.ts).
 */

/**
 * Places below or beside the county level (新区, 开发区, 岛, 镇, a mountain or lake people name: 普陀山, 松山湖): a name
 * ending so is not a county's, nor a county's and a question.
 */
const NOT_A_COUNTY = /(?:新区|开发区|示范区|[实试]验区|合作区|园区|产业园|保税区|自贸区|经开区|新片区|生态城|街道|[岛礁山湖镇乡村])$/u;
/** The levels of county-level divisions and above. */
const COUNTY_LEVEL = /(?:县|区|市|旗|州|盟)$/u;
/** At least this many characters before the word: 城镇, 乡镇 and 小区 are words, not names. */
const SHORTEST_NAME = 2;

/**
 * Whether text left over after a name ends a name of another kind of place: after a county's, 永兴岛 is an island,
 * not 永兴县 and a question about 岛; 南沙新区 is a new area, 永兴工业园区 a park (a city's name and such a word stay
 * the city: 福州新区). After any name, a level alone makes another name: 龙海市 is the former name of 龙海区, 襄阳区
 * of 襄州区, not the place and a question about 市.
 * @param county whether the name before it is a county-level place's
 * @example isPlaceWord('岛', true) // true
 * @example isPlaceWord('区', false) // true
 * @example isPlaceWord('公积金', true) // false
 */
export const isPlaceWord = (rest: string, county: boolean) => /^[区县市旗]$/.test(rest) || (county && /^\p{Script=Han}+$/u.test(rest) && NOT_A_COUNTY.test(rest));

/**
 * What a query written in Chinese characters alone looks like by its end: `zone` where it names a place that is
 * not a county-level division (洋浦经济开发区, 永兴岛, 某某镇), `county` where it ends with a county-level level
 * word (火星区), else null. Only whole words of two characters or more before the ending count (城镇 is a word).
 * @example placeNameKind('洋浦经济开发区') // 'zone'
 * @example placeNameKind('火星区') // 'county'
 * @example placeNameKind('公积金') // null
 */
export function placeNameKind(text: string): 'zone' | 'county' | null {
  if (!/^\p{Script=Han}+$/u.test(text)) return null;
  for (const [kind, ending] of [['zone', NOT_A_COUNTY], ['county', COUNTY_LEVEL]] as const) {
    const found = ending.exec(text);
    if (found && [...text.slice(0, found.index)].length >= SHORTEST_NAME) return kind;
  }
  return null;
}
