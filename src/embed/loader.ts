/**
 * The widget's loader — what a partner site pastes, as /embed/ gives it:
 *   <script src="https://…/embed/v1/embed.js" integrity="sha384-…" crossorigin="anonymous" data-region="350500" async></script>
 * (data-lang="en" or "zh-Hant" for the widget in English or traditional characters)
 * It puts the widget's iframe after itself and keeps the iframe as tall as the
 * widget, trusting only height messages from the widget's own origin and frame.
 * Bundled after the build by src/integrations/standalone-scripts.ts into /embed.js
 * (the first, unpinned address, which follows this file).
 *
 * Partners pin a released version by its hash, so a release never changes: it is kept
 * byte for byte as public/embed/v{n}/embed.js, and the widget keeps answering every
 * released loader. A change here is released as the next version (see docs/partners.md, "Posters, QR codes and the embed").
 */
import { embedOptions, embedQuery, heightFrom, widgetPath } from '../lib/embed/options.ts';

const script = document.currentScript as HTMLScriptElement | null;
const region = script?.dataset['region'];
if (script && region && /^\d{6}$/.test(region)) {
  const src = new URL(script.src);
  // The site's base path: where /embed.js or /embed/v1/embed.js stands.
  const base = src.pathname.replace(/(?:embed\/v\d+\/)?embed\.js$/, '');
  const options = { ...embedOptions((name) => script.dataset[name]), parent: location.origin };
  const frame = document.createElement('iframe');
  frame.src = `${src.origin}${base}${widgetPath(region, options)}?${embedQuery(options)}`;
  // Snippets pasted before they carried data-title get the site's name in its default language.
  frame.title = script.dataset['title'] ?? '12345 热线号码查询';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = '20rem';
  script.after(frame);
  addEventListener('message', (event) => {
    if (event.origin !== src.origin || event.source !== frame.contentWindow) return;
    const height = heightFrom(event.data);
    if (height !== null) frame.style.height = `${height}px`;
  });
}
