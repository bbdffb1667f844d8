import { check, LinkState } from 'linkinator';

/**
 * Crawls a served site from its base path and returns every internal link or
 * resource that does not resolve, as "url (status) on parent". Other origins
 * are not followed (there should be none: tests/build/third-parties.test.ts).
 */
export async function brokenLinks(origin: string, base: string): Promise<{ checked: number; broken: string[] }> {
  const result = await check({
    path: `${origin}${base}`,
    recurse: true,
    concurrency: 8,
    timeout: 20_000,
    // QR images are checked one by one, decoded, in tests/build/qr.test.ts; crawling
    // them too would add two requests per page in every language to each crawl.
    linksToSkip: async (link) => !link.startsWith(`${origin}${base}`) || /\/qr\.(png|svg)$/.test(link),
  });
  const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} (${l.status}) on ${l.parent}`);
  return { checked: result.links.filter((l) => l.state === LinkState.OK).length, broken };
}
