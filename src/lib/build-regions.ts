/**
 * The regions whose own pages a build writes: every region, or only those
 * BUILD_REGIONS names (codes separated by commas). Everything national — the
 * home page, the home page's regions data, `/n/` pages, the API's region list, the
 * service worker — is still built from all the data, so a partial build measures
 * the national files at full size while writing a few regions' pages: a quick
 * preview for a data editor, and the national-scale test. Such a dist/ links to
 * pages it does not have, so it is never published.
 * @throws {Error} naming BUILD_REGIONS and the codes it does not know, so a typo never builds an empty site
 * @example builtRegions(regions, { BUILD_REGIONS: '350500,440100' }).map((r) => r.code) // ['350500', '440100']
 */
export function builtRegions<R extends { code: string }>(regions: readonly R[], env: Readonly<Record<string, string | undefined>>): R[] {
  const given = env['BUILD_REGIONS']?.trim();
  if (!given) return [...regions];
  const codes = new Set(given.split(',').map((c) => c.trim()));
  const known = new Set(regions.map((r) => r.code));
  const unknown = [...codes].filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new Error(`BUILD_REGIONS: found ${unknown.map((c) => `"${c}"`).join(', ')}; expected the six-digit codes of regions, separated by commas, e.g. BUILD_REGIONS=350500,440100`);
  }
  return regions.filter((r) => codes.has(r.code));
}
