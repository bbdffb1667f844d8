import type { z } from 'zod';
import type { agents as agentsSchema, mode as modeSchema } from '../schema/fields.ts';

type Mode = z.output<typeof modeSchema>;
type Agents = NonNullable<z.output<typeof agentsSchema>>;

/** The three modes as the lists name them, in headings, tick columns and mode columns. */
export const MODE_WORDS: readonly [string, Mode][] = [
  ['整体并入', 'merged'],
  ['双号并行', 'parallel'],
  ['设分中心', 'subcenter'],
];

/**
 * The modes a text names by their own words (整体并入, 双号并行, 设分中心), each once, in order.
 * Paraphrases (取消号码, 保留号码) are not read as a mode: they also describe parts of other modes.
 * @example modesNamed('已整体并入，停止话务服务。') // ['merged']
 */
export function modesNamed(text: string): Mode[] {
  const flat = text.replace(/\s+/gu, '');
  return MODE_WORDS.filter(([word]) => flat.includes(word)).map(([, mode]) => mode);
}

/** Ordinals that open a heading: 一、 （二） (三) 3. */
const ORDINAL = String.raw`(?:[一二三四五六七八九十]+\s*、|[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d+\s*[.．、])`;
const MODE_HEADING = new RegExp(`^(${ORDINAL}\\s*(?:${MODE_WORDS.map(([w]) => w).join('|')}))(.*)$`, 'u');
const OTHER_HEADING = new RegExp(`^${ORDINAL}\\s*\\S`, 'u');

/** A line that heads a part of the list: its words as printed (the `section` rows cite), its mode, and the rest of the line. */
export interface Heading {
  section: string;
  mode: Mode;
  rest: string;
}

/**
 * A heading that names a mode: an ordinal, then the mode's own words (一、整体并入 / （二）双号并行 / 三、设分中心).
 * @returns null for any other line; `otherHeading` tells a heading that ends a mode's part (三、保障措施)
 * @example modeHeading('(一)整体并入。取消12300、12301') // { section: '(一)整体并入', mode: 'merged', rest: '。取消12300、12301' }
 */
export function modeHeading(line: string): Heading | null {
  const m = MODE_HEADING.exec(line.trim());
  if (!m) return null;
  const mode = MODE_WORDS.find(([w]) => m[1]!.endsWith(w))![1];
  return { section: m[1]!, mode, rest: m[2]! };
}

/**
 * A numbered heading of another part of the text (三、保障措施), which ends a mode's part.
 * @example otherHeading('三、保障措施') // true
 */
export const otherHeading = (line: string) => OTHER_HEADING.test(line.trim()) && modeHeading(line) === null;

/** What the documents say of a line's call agents (座席, also written 坐席), and what it means. */
const AGENT_PHRASES: readonly [RegExp, Agents][] = [
  [/保留号码和(?:话务)?[座坐]席/u, 'kept'],
  [/取消(?:号码和)?话务[座坐]席|停止话务服务/u, 'cancelled'],
  [/[座坐]席(?:纳入|并入)\S{0,16}?统一管理|[座坐]席统一(?:归并|并入)到/u, 'managed'],
];

/**
 * The agents a text says a line has, when it says exactly one thing (kept, managed or cancelled).
 * @returns null when it says nothing, or more than one thing (福建's 12329: the provincial centre keeps its agents, the cities' are managed)
 * @example agentsStated('保留号码，取消话务座席，由12345热线统一接听') // 'cancelled'
 */
export function agentsStated(text: string): Agents | null {
  const flat = text.replace(/\s+/gu, '');
  const said = new Set(AGENT_PHRASES.filter(([re]) => re.test(flat)).map(([, a]) => a));
  return said.size === 1 ? [...said][0]! : null;
}
