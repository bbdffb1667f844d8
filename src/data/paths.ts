import { getSite } from './site.ts';

/** getStaticPaths for a page per region: /{region}/, its poster, its widget. */
export async function regionPaths() {
  const site = await getSite();
  return site.regions.map((r) => ({ params: { region: r.code } }));
}

/** getStaticPaths for a page per answer: /{region}/{number}/ and its poster. */
export async function answerPaths() {
  const site = await getSite();
  return [...site.answered].flatMap(([region, numbers]) => numbers.map((number) => ({ params: { region, number } })));
}
