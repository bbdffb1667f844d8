import { createHash } from 'node:crypto';

/**
 * The one inline script: it runs in <head> before the first paint, so the
 * large-text choice never flashes, and marks that JS runs (html.js). Kept in
 * one place because the CSP carries its hash (astro.config.mjs).
 */
export const EARLY_SCRIPT =
  "document.documentElement.classList.add('js');try{if(localStorage.getItem('text-size')==='large')document.documentElement.classList.add('large')}catch(e){}";

/** The script's CSP hash, e.g. sha256-…= */
export const EARLY_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(EARLY_SCRIPT).digest('base64')}`;
