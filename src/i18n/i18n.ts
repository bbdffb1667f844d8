import i18next from 'i18next';
import type { Translate } from '../lib/answer-text.ts';
import zhHans from './locales/zh-Hans.json' with { type: 'json' };

/** Locales the site is built in; the first is the default at the root. */
export const locales = ['zh-Hans'] as const;
export type Locale = (typeof locales)[number];

const instance = i18next.createInstance();
await instance.init({
  lng: 'zh-Hans',
  fallbackLng: false,
  resources: { 'zh-Hans': { translation: zhHans } },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/**
 * The translate function for a locale. Build time only: the browser never
 * loads i18next; islands get the strings they need as props.
 * @example t('zh-Hans')('verdict.cancelled') // '已停用，请拨打 12345'
 */
export function t(locale: Locale = 'zh-Hans'): Translate {
  const fixed = instance.getFixedT(locale);
  return (key, values) => fixed(key, values ?? {});
}
