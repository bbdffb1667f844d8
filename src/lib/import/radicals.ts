/**
 * Radical forms that PDF text layers carry in place of the ideographs they look like.
 *
 * A font that draws 入 with its radical glyph makes pdf.js (and Word, copying from such a PDF)
 * give back ⼊ (U+2F0A KANGXI RADICAL ENTER), so "整体并⼊" would never match the 整体并入 a
 * heading and the quote check look for. The Kangxi Radicals block (U+2F00–U+2FDF) has
 * compatibility decompositions: NFKC maps each to its ideograph. The CJK Radicals Supplement
 * (U+2E80–U+2EFF: ⺠ for 民, ⻓ for 长) has none, so its pairs come from Unicode's own table,
 * EquivalentUnifiedIdeograph.txt (Unicode 15.0, Debian's unicode-data 15.0.0), one radical
 * followed by its ideograph.
 */
const SUPPLEMENT =
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕𫜹⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺦丬⺧牛⺨犭⺩王⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

const supplement = new Map<string, string>();
{
  const chars = Array.from(SUPPLEMENT);
  for (let i = 0; i < chars.length; i += 2) supplement.set(chars[i]!, chars[i + 1]!);
}

const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF]/gu;

/**
 * Text with every radical form read as the ideograph it stands for; nothing else changes
 * (full-width punctuation, spaces and line breaks stay as extracted).
 * @example readRadicals('整体并⼊，⺠政') // '整体并入，民政'
 */
export function readRadicals(text: string): string {
  return text.replace(RADICAL, (c) => supplement.get(c) ?? c.normalize('NFKC'));
}
