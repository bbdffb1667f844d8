import { z } from 'zod';

/**
 * A hotline number as dialled: digits only. Editors may write it bare in YAML
 * (`12369`), which YAML reads as an integer, so integers are accepted and turned
 * back into the digits they were typed as.
 * @example hotlineNumber.parse(12369) // '12369'
 */
export const hotlineNumber = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().regex(/^\d{3,11}$/, 'a hotline number: 3 to 11 digits, as dialled, e.g. 12369'),
);

/** A calendar date written YYYY-MM-DD that exists (2021-02-30 is refused). */
export const isoDate = z.iso.date({ message: 'a real date written YYYY-MM-DD, e.g. 2021-08-31' });

/** A six-digit GB/T 2260 administrative division code, e.g. 350500 for 泉州市. */
export const regionCode = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 region code, e.g. 350500'),
);

/**
 * 整合方式 — how a line was merged into 12345.
 * - `merged` 整体并入 / 取消号码: the old number is (or will be) cancelled; dial 12345.
 * - `parallel` 双号并行 / 保留号码: the old number still works beside 12345.
 * - `subcenter` 设分中心: the old number keeps its own agents as a 12345 sub-centre with call transfer
 *   (hours only as its document states: see `allDayPromise`).
 */
export const mode = z.enum(['merged', 'parallel', 'subcenter'], {
  message: 'one of merged (整体并入), parallel (双号并行), subcenter (设分中心)',
});

/**
 * 座席 — what happened to the line's call agents, where the document says.
 * - `kept`: the line keeps its own agents.
 * - `managed`: the agents moved into 12345 and are managed by it.
 * - `cancelled`: the agents were cancelled; 12345 answers (a kept number plays a prompt).
 * - `null`: the document does not say.
 */
export const agents = z
  .enum(['kept', 'managed', 'cancelled'], {
    message: 'one of kept, managed, cancelled — or null when the document does not say',
  })
  .nullable();

/** The longest text a field may hold: ten times the longest any file has (a note of ~930 characters), far below what would make pages heavy. */
export const TEXT_MAX = 10_000;

/** A non-empty piece of text, trimmed, of a field's size. */
export const text = z
  .string()
  .trim()
  .min(1, 'some text (leave the field out instead of writing it empty)')
  .max(TEXT_MAX, `at most ${TEXT_MAX.toLocaleString('en')} characters: a field holds a name, a sentence or a passage, never a whole document`);

/**
 * An address a reader can follow: http: or https: only. A `javascript:` or `data:` address
 * would become a link that runs or shows whatever it holds, on our pages and on any site
 * that renders the API without our CSP.
 * @example webAddress.parse('https://www.quanzhou.gov.cn/') // 'https://www.quanzhou.gov.cn/'
 * @example webAddress.safeParse('javascript:alert(1)').success // false
 */
export const webAddress = z.url({
  protocol: /^https?$/,
  message: 'a web address starting with https:// or http://, e.g. https://www.gov.cn/',
});
