import { createHash } from 'node:crypto';

/**
 * The one inline script: it runs in <head> before the first paint, so the
 * large-text choice never flashes, marks that JS runs (html.js), and takes a
 * citizen who chose another language to this page in it: the alternates
 * (<link rel="alternate" hreflang>) come before it in DocumentHead.astro.
 * Kept in one place because the CSP carries its hash (astro.config.mjs).
 * The keys are those of src/lib/browser/text-size.ts and language.ts.
 */
// ES5 syntax only: WeChat's in-app browser may run an old engine, and a syntax
// error would lose the whole script, large text and html.js included.
export const EARLY_SCRIPT =
  "var d=document.documentElement;d.classList.add('js');try{if(localStorage.getItem('text-size')==='large')d.classList.add('large');var l=localStorage.getItem('lang'),a=document.querySelectorAll('link[rel=alternate][hreflang]');if(l&&l!==d.lang)for(var i=0;i<a.length;i++)if(a[i].hreflang===l){location.replace(new URL(a[i].href).pathname+location.search+location.hash);break}}catch(e){}";

/** The script's CSP hash, e.g. sha256-…= */
export const EARLY_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(EARLY_SCRIPT).digest('base64')}`;
