/**
 * /embed.js — what a partner site pastes:
 *   <script src="https://…/embed.js" data-region="350500" async></script>
 * (data-lang="en" or "zh-Hant" for the widget in English or traditional characters)
 * It puts the widget's iframe after itself and keeps the iframe as tall as the
 * widget, trusting only height messages from the widget's own origin and frame.
 * Bundled after the build by src/integrations/standalone-scripts.ts.
 */
import { embedOptions, embedQuery, heightFrom, widgetPath } from '../lib/embed/options.ts';

const script = document.currentScript as HTMLScriptElement | null;
const region = script?.dataset['region'];
if (script && region && /^\d{6}$/.test(region)) {
  const src = new URL(script.src);
  const base = src.pathname.replace(/embed\.js$/, '');
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
