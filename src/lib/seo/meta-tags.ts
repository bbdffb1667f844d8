/**
 * The <meta> tags that carry a page's own words (its description, its title, its picture's words): written
 * with every character HTML gives meaning to escaped, `<` and `>` too. Astro escapes only `"` and `&` in an
 * attribute, which is enough for a browser; but the readers of these tags are chat apps' and crawlers'
 * preview scrapers, some of which cut a page at the first `<` they meet, and a list's text may hold one.
 */
export interface MetaTag {
  /** `name` (description, twitter:…) or `property` (og:…). */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The tags as HTML.
 * @example metaTags([{ attribute: 'name', key: 'description', content: '"热线" <b>' }]) // '<meta name="description" content="&quot;热线&quot; &lt;b&gt;" />'
 */
export function metaTags(tags: readonly MetaTag[]): string {
  return tags.map((t) => `<meta ${t.attribute}="${escape(t.key)}" content="${escape(t.content)}" />`).join('\n');
}
