import { createHash } from 'node:crypto';

/**
 * The one inline script: it runs in <head> before the first paint, so the
 * large-text choice never flashes, and marks that JS runs (html.js).
 * It never changes the page's language: every address names its language (the
 * root is Simplified Chinese), and a poster printed in Chinese opens in Chinese;
 * the language switcher offers the language the citizen chose instead.
 * Kept in one place because the CSP carries its hash (astro.config.mjs).
 * The key is that of src/lib/browser/text-size.ts.
 *
 * It also keeps the search failing soft, from before any other script can fail:
 * - Object.fromEntries where the browser lacks it (Chrome < 73, Safari < 12.1): Astro's own
 *   island script revives every island's props with it, and without it no island starts.
 * - An island that cannot start (its script fails to load, to parse or to run: Astro then
 *   sends astro:hydration-error) is marked data-failed, and CSS shows the help beside it
 *   (SearchHelp.astro), with its call buttons, in place of "getting ready".
 * - Enter in a box whose island is not live does not submit: the page would reload into an empty
 *   box. What was typed stays, to be searched when the island comes; if it failed, focus goes to the help.
 */
// ES5 syntax only: WeChat's in-app browser may run an old engine, and a syntax
// error would lose the whole script, large text and html.js included.
export const EARLY_SCRIPT =
  "var d=document.documentElement;d.classList.add('js');try{if(localStorage.getItem('text-size')==='large')d.classList.add('large')}catch(e){}" +
  'if(!Object.fromEntries)Object.fromEntries=function(l){var o={};Array.from(l,function(p){o[p[0]]=p[1]});return o};' +
  "document.addEventListener('astro:hydration-error',function(e){e.target.setAttribute('data-failed','')});" +
  "document.addEventListener('submit',function(e){var i=e.target.closest&&e.target.closest('astro-island[ssr]');if(!i)return;e.preventDefault();if(i.hasAttribute('data-failed')&&i.nextElementSibling)i.nextElementSibling.focus()});";

/** The script's CSP hash, e.g. sha256-…= */
export const EARLY_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(EARLY_SCRIPT).digest('base64')}`;
