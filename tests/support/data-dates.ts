import { formatDate } from '../../src/lib/wording/answer-text.ts';
import { t } from '../../src/i18n/i18n.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';

/**
 * The data's dates as a page must give them in its language: the lists' years and the day national
 * changes were last reviewed (content/national-review.yaml), in the footer and the widget's wording
 * (`site.dataDates`) or the poster's (`poster.dates`; a region without a list rests on none:
 * `poster.datesNoList`). Written out from the review date the test
 * read, so a page that shows any other day (the build's) does not match.
 * @example dataDates(LOCALES[0], 'footer', '2026-11-28', '2021') // '依据各地 2021 年公布的归并清单；全国性变化核查于 2026年11月28日'
 */
export function dataDates(locale: Locale, kind: 'footer' | 'poster' | 'posterNoList', reviewed: string, years: string): string {
  const tr = t(locale.code);
  const key = { footer: 'site.dataDates', poster: 'poster.dates', posterNoList: 'poster.datesNoList' }[kind];
  return tr(key, { years, reviewed: formatDate(reviewed, tr) });
}

/** The language of a page of a built site, from its path below the base ('en/350500/index.html'). */
export const localeOfPath = (path: string): Locale => LOCALES.find((l) => l.prefix && path.startsWith(`${l.prefix}/`)) ?? LOCALES[0];

/** The text of a built page's data dates (`<span class="data-dates">`), entities decoded; null when it has none. */
export function dataDatesOn(html: string): string | null {
  const text = /<span class="data-dates">([^<]*)<\/span>/.exec(html)?.[1];
  return text === undefined ? null : text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/&amp;/g, '&');
}
