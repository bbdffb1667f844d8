import { createHash } from 'node:crypto';

/**
 * The one inline script: it runs in <head> before the first paint, so the
 * large-text choice never flashes, and marks that JS runs (html.js).
 * It never changes the page's language: every address names its language (the
 * root is Simplified Chinese), and a poster printed in Chinese opens in Chinese;
 * the language switcher offers the language the citizen chose instead.
 * Kept in one place because the CSP carries its hash (astro.config.mjs).
 * The key is that of src/lib/browser/text-size.ts.
 */
// ES5 syntax only: WeChat's in-app browser may run an old engine, and a syntax
// error would lose the whole script, large text and html.js included.
export const EARLY_SCRIPT =
  "var d=document.documentElement;d.classList.add('js');try{if(localStorage.getItem('text-size')==='large')d.classList.add('large')}catch(e){}";

/** The script's CSP hash, e.g. sha256-…= */
export const EARLY_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(EARLY_SCRIPT).digest('base64')}`;
