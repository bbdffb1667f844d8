import i18next from 'i18next';
import type { Translate } from '../lib/wording/answer-text.ts';
import { toTraditional } from '../lib/locale/traditional.ts';
import { DEFAULT_LOCALE, LOCALES, type LocaleCode } from './locales.ts';

/** A resource file: nested objects of UI strings. */
export interface Resource {
  [key: string]: string | Resource;
}

const files = import.meta.glob<Resource>('./locales/*.json', { eager: true, import: 'default' });
const fileOf = (code: string) => files[`./locales/${code}.json`];

const mapStrings = (resource: Resource, f: (s: string) => string): Resource =>
  Object.fromEntries(Object.entries(resource).map(([k, v]) => [k, typeof v === 'string' ? f(v) : mapStrings(v, f)]));

/** Each language's strings: its own file, or (a `hant` language without one) the default's, converted. */
export const resources: Record<LocaleCode, Resource> = Object.fromEntries(
  LOCALES.map((l) => {
    const own = fileOf(l.code);
    if (own) return [l.code, own];
    const base = fileOf(DEFAULT_LOCALE.code);
    if (l.data === 'hant' && base) return [l.code, mapStrings(base, toTraditional)];
    throw new Error(`src/i18n/locales/${l.code}.json is missing: every language in src/i18n/locales.ts needs its strings`);
  }),
) as Record<LocaleCode, Resource>;

const instance = i18next.createInstance();
await instance.init({
  lng: DEFAULT_LOCALE.code,
  fallbackLng: false,
  resources: Object.fromEntries(Object.entries(resources).map(([code, translation]) => [code, { translation }])),
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/**
 * The translate function for a language. Build time only: the browser never
 * loads i18next; islands get the strings they need as props.
 * @example t('en')('verdict.cancelled') // 'Cancelled: call 12345 instead'
 */
export function t(locale: LocaleCode = DEFAULT_LOCALE.code): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const fixed = instance.getFixedT(locale);
    // The same sentence is written on thousands of pages (a date, a verdict): i18next's interpolation
    // and date formats took a fifth of the site's build (a profile, 2026-12-07), so each is made once.
    // Values are strings, numbers and dates, which JSON writes apart.
    const written = new Map<string, string>();
    translate = (key, values) => {
      const id = values === undefined ? key : `${key} ${JSON.stringify(values)}`;
      let text = written.get(id);
      if (text === undefined) written.set(id, (text = fixed(key, values ?? {})));
      return text;
    };
    translators.set(locale, translate);
  }
  return translate;
}
const translators = new Map<LocaleCode, Translate>();

/**
 * A plural string in each of the language's plural forms, with `{{count}}` left
 * for the island to fill: the browser picks the form with Intl.PluralRules.
 * @example pluralForms('en', 'search.count') // { one: '1 match…', other: '{{count}} matches…' }
 */
export function pluralForms(locale: LocaleCode, key: string): Partial<Record<Intl.LDMLPluralRule, string>> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return Object.fromEntries(
    categories.map((c) => [c, instance.getResource(locale, 'translation', `${key}_${c}`) as string | undefined]).filter(([, s]) => s !== undefined),
  );
}
