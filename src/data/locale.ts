import { getSite } from './site.ts';
import { t } from '../i18n/i18n.ts';
import { LOCALES, localeOf, localeRoot, type Locale } from '../i18n/locales.ts';
import type { Translate } from '../lib/wording/answer-text.ts';
import type { DataText } from '../lib/locale/data-text.ts';
import type { Change, OurWords } from '../lib/schema/change.ts';
import { directCountiesOf, distinctLatinNames, latinRegionName } from '../lib/locale/region-names.ts';
import { toTraditional } from '../lib/locale/traditional.ts';

/** Everything a page needs to speak one language: its strings, its addresses and the data's names in it. */
export interface Localised {
  locale: Locale;
  tr: Translate;
  /** A page's address in this language: href('350500/') → '/en/350500/' (with the site's base). */
  href: (path?: string) => string;
  /** A region's name: 泉州市, or Quanzhou. */
  region: (code: string) => string;
  /** A line's name: the list's own when it gives one, else the catalogue's; in English the catalogue's English name. */
  hotline: (number: string, listName?: string | null) => string;
  /** Chinese text from a document, as this language shows it. */
  text: (chinese: string) => DataText;
  /** A text we wrote in Chinese and English (a change's summary), in this language. */
  ours: (words: OurWords) => string;
  /** What a number is called today: the new service of a number a change reassigned, else as `hotline` names it. */
  hotlineNow: (number: string, change: Change | null, listName?: string | null) => string;
  /** The `lang` of document text on this language's pages: set where it differs from the page's (English quotes Chinese). */
  dataLang: string | undefined;
}

const cache = new Map<string, Promise<Localised>>();

async function build(locale: Locale): Promise<Localised> {
  const site = await getSite();
  const tr = t(locale.code);
  const root = `${import.meta.env.BASE_URL}${localeRoot(locale)}`;
  const latinRegion = (name: string): string => {
    const province = directCountiesOf(name);
    return province ? tr('region.directCounties', { province: latinRegionName(province) }) : latinRegionName(name);
  };
  const chinese = (name: string) => (locale.data === 'hant' ? toTraditional(name) : name);
  const dataLang = locale.data === 'latin' ? 'zh-Hans' : undefined;
  const latinNames = () => {
    const raw = new Map(site.regions.map((r) => [r.code, latinRegion(r.name)]));
    return distinctLatinNames(site.regions.map((r) => ({ code: r.code, latin: raw.get(r.code)!, level: r.level, province: r.parent && raw.get(r.parent)! })));
  };
  const regionNames = locale.data === 'latin' ? latinNames() : new Map(site.regions.map((r) => [r.code, chinese(r.name)]));
  const hotline = (number: string, listName?: string | null) => {
    const found = site.catalogue.get(number);
    if (locale.data === 'latin') return found?.englishName ?? number;
    return chinese(listName ?? found?.name ?? number);
  };
  const ours = (words: OurWords) => (locale.data === 'latin' ? words.en : chinese(words.zh));
  return {
    locale,
    tr,
    href: (path = '') => `${root}${path}`,
    region: (code) => regionNames.get(code) ?? site.name(code),
    hotline,
    ours,
    hotlineNow: (number, change, listName) => (change?.now.service ? ours(change.now.service) : hotline(number, listName)),
    text: (text) => ({ text: chinese(text), lang: dataLang }),
    dataLang,
  };
}

/**
 * A language's words for pages, from the route's `locale` parameter.
 * @example (await localised('en')).region('350500') // 'Quanzhou'
 */
export function localised(prefix: string | undefined): Promise<Localised> {
  const locale = localeOf(prefix);
  let found = cache.get(locale.code);
  if (!found) cache.set(locale.code, (found = build(locale)));
  return found;
}

/**
 * One page's address in every language, base path included: for hreflang alternates and the language switcher.
 * @example (await inEveryLanguage('350500/')).map((a) => a.href) // ['/350500/', '/zh-hant/350500/', '/en/350500/']
 */
export function inEveryLanguage(path: string): Promise<{ locale: Locale; href: string }[]> {
  return Promise.all(LOCALES.map(async (locale) => ({ locale, href: (await localised(locale.prefix)).href(path) })));
}
