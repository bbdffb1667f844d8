/**
 * The site's languages. The first is the default, at the root; every other one
 * has the same pages under its prefix (/en/350500/12366/). Adding a language is
 * its resource file, src/i18n/locales/{code}.json, and one line here.
 *
 * `data` says how the lists' Chinese text appears in that language:
 * - `hans`: as the documents write it;
 * - `hant`: converted to traditional characters at build time (OpenCC). A
 *   `hant` language without its own resource file gets the Simplified Chinese
 *   strings converted the same way, so no string is typed twice;
 * - `latin`: hotlines by their English names and regions romanised from the
 *   dataset's names; text that exists only in Chinese (departments, remarks,
 *   document titles) is quoted as written, marked as Chinese, never machine-translated.
 */
export const LOCALES = [
  { code: 'zh-Hans', prefix: '', name: '简体中文', data: 'hans' },
  { code: 'zh-Hant', prefix: 'zh-hant', name: '繁體中文', data: 'hant' },
  { code: 'en', prefix: 'en', name: 'English', data: 'latin' },
] as const satisfies readonly { code: string; prefix: string; name: string; data: 'hans' | 'hant' | 'latin' }[];

export type Locale = (typeof LOCALES)[number];
export type LocaleCode = Locale['code'];
export const DEFAULT_LOCALE: Locale = LOCALES[0];

/** The language of a page from its route's `locale` parameter (undefined at the root). */
export function localeOf(prefix: string | undefined): Locale {
  const locale = LOCALES.find((l) => l.prefix === (prefix ?? ''));
  if (!locale) throw new Error(`unknown locale prefix ${prefix}`);
  return locale;
}

/** A language by its code (`data-lang="en"`), or undefined for any other value. */
export function localeByCode(code: string | undefined): Locale | undefined {
  return LOCALES.find((l) => l.code.toLowerCase() === code?.toLowerCase());
}

/** Where a language's pages start, relative to the site's base: '' or 'en/'. */
export const localeRoot = (locale: Locale) => (locale.prefix ? `${locale.prefix}/` : '');

/** Any language's root at the start of a path below the base ('', 'zh-hant/', 'en/'), as a regular expression source. */
export const LOCALE_ROOT_PATTERN = `(?:${LOCALES.filter((l) => l.prefix).map((l) => `${l.prefix}/`).join('|')})?`;
