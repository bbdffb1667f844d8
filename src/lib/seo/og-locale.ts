/**
 * A language's Open Graph locale (language_TERRITORY), worked out from its BCP 47 code with the
 * likely-subtags data every JavaScript engine carries, so a new language needs no table here.
 * @example ogLocale('zh-Hans') // 'zh_CN'
 * @example ogLocale('zh-Hant') // 'zh_TW'
 * @example ogLocale('en') // 'en_US'
 */
export function ogLocale(code: string): string {
  const { language, region } = new Intl.Locale(code).maximize();
  if (!region) throw new Error(`ogLocale: found "${code}"; expected a language whose likely territory is known`);
  return `${language}_${region}`;
}
