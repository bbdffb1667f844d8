import { getSite } from './site.ts';
import { LOCALES } from '../i18n/locales.ts';

type Path = { params: Record<string, string>; props?: Record<string, unknown> };

/** The same pages in every language: at the root, then under /zh-hant/, /en/ (the `[...locale]` route parameter). */
export function inEveryLocale<P extends Path>(paths: P[]) {
  return LOCALES.flatMap((l) => paths.map((p) => ({ ...p, params: { ...p.params, locale: l.prefix || undefined } })));
}

/** getStaticPaths for a page that exists once per language: the home page, the offline page. */
export const localePaths = () => inEveryLocale([{ params: {} }]);

/** getStaticPaths for a page per region: /{region}/, its poster, its widget. */
export async function regionPaths() {
  const site = await getSite();
  return inEveryLocale(site.built.map((r) => ({ params: { region: r.code } })));
}

/** getStaticPaths for a page per answer: /{region}/{number}/ and its poster. */
export async function answerPaths() {
  const site = await getSite();
  return inEveryLocale(site.built.flatMap(({ code: region }) => (site.answered.get(region) ?? []).map((number) => ({ params: { region, number } }))));
}

/** getStaticPaths for a page per source document: /sources/{id}/. */
export async function sourcePaths() {
  const site = await getSite();
  return inEveryLocale([...site.documents.keys()].map((id) => ({ params: { id } })));
}
