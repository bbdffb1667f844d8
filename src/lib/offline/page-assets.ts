/**
 * The stylesheets and scripts a page loads from the build's hashed files (`_astro/`): what must
 * be there for the page to show as built. A page of a half-copied deployment links files that are
 * not there yet; the service worker neither shows nor keeps it while it has a saved copy.
 * Addresses are resolved against the page's own, so a base path (/12345/) is kept.
 * @example pageAssets('<link rel="stylesheet" href="/_astro/Page.B1x.css">', 'https://h/350500/') // ['https://h/_astro/Page.B1x.css']
 */
export function pageAssets(html: string, pageAddress: string): string[] {
  const origin = new URL(pageAddress).origin;
  const found = new Set<string>();
  // Astro links them as <link href>, <script src> and an island's component-url/renderer-url; a page's text quotes nothing of _astro/.
  // exec and split, not matchAll and replaceAll: the service worker runs this on engines older than Chrome 85 / Safari 13.1
  // (docs/architecture.md, "Phones it works on").
  const linked = /\s(?:href|src|component-url|renderer-url)=["']?([^"'\s>]*\/_astro\/[^"'\s>]+\.(?:css|m?js))["'\s>]/g;
  for (let match = linked.exec(html); match !== null; match = linked.exec(html)) {
    const url = new URL(match[1]!.split('&amp;').join('&'), pageAddress);
    if (url.origin === origin) found.add(url.href);
  }
  return [...found];
}
