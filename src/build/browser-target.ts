import type { Plugin } from 'vite';

/**
 * The oldest browsers the site works in (docs/architecture.md, "Phones it works on"): Android WebView and Chrome 69
 * (WeChat's Android builds of 2021–22 report Chrome 86; older phones keep older WebViews), Safari and
 * iOS 12 (the iPhone 5s and 6 stop at iOS 12.5), Firefox 78 (the first to read the search's `\p{…}`
 * and named groups). Every script the site ships is written down to this: Astro's client bundles
 * (`clientTarget` below), the service worker and the embed loader (src/integrations/standalone-scripts.ts);
 * the one inline script is ES5 by hand (src/build/early-script.ts). tests/build/syntax-level.test.ts checks dist/.
 */
export const BROWSER_TARGET = ['chrome69', 'safari12', 'firefox78'];

/**
 * esbuild's own table calls destructuring unsupported before Safari 14.1 (an edge case it cannot
 * rewrite) and refuses to build; MDN's data (javascript.operators.destructuring) has Safari and iOS
 * reading it since 8, and Vite's client build, which lowers to the same target, ships it as it is.
 */
export const ESBUILD_SUPPORTED = { destructuring: true };

/**
 * Astro builds its client bundles for "esnext" and overwrites any target given in its Vite
 * configuration for that environment; this plugin sets the target once the environment is made.
 */
export function clientTarget(): Plugin {
  return {
    name: 'hotline-client-target',
    configEnvironment(name, config) {
      if (name !== 'client') return;
      config.build ??= {};
      config.build.target = BROWSER_TARGET;
    },
  };
}
