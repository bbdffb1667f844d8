/**
 * CSS the oldest supported browsers lack keeps a fallback (docs/architecture.md, "Phones it works on"): flex gap
 * (Chrome < 84, Safari < 14.1) has margins in the `@supports not (aspect-ratio: 1)` block, and no focus
 * ring hangs on :focus-visible alone (Safari < 15.4, Firefox < 85 drop a rule whose selectors they do not know).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/load-fixture.ts';

const CSS = readFileSync(`${repoRoot}src/styles/global.css`, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const FALLBACK = '@supports not (aspect-ratio: 1)';

/** The rules of a style sheet without nesting: [selectors, declarations]. */
const rules = (css: string) => [...css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)].map((m) => [m[1]!.trim().split(/\s*,\s*/), m[2]!] as const);

function split(css: string): { outside: string; fallback: string } {
  const start = css.indexOf(FALLBACK);
  if (start === -1) return { outside: css, fallback: '' };
  let depth = 0;
  let end = css.indexOf('{', start);
  for (let i = end; i < css.length; i++) {
    if (css[i] === '{') depth++;
    if (css[i] === '}' && --depth === 0) {
      end = i;
      break;
    }
  }
  return { outside: css.slice(0, start) + css.slice(end + 1), fallback: css.slice(css.indexOf('{', start) + 1, end) };
}

/** Flex containers with a gap whose selectors the fallback block does not set to gap: 0. */
export function gapsWithoutFallback(css: string): string[] {
  const { outside, fallback } = split(css);
  const zeroed = new Set(rules(fallback).filter(([, d]) => /(?:^|;)\s*gap:\s*0\s*(?:;|$)/.test(d)).flatMap(([s]) => s));
  const flex = new Set(rules(outside).filter(([, d]) => /display:\s*(?:inline-)?flex/.test(d)).flatMap(([s]) => s));
  return rules(outside)
    .filter(([, d]) => /(?:^|;)\s*(?:row-|column-)?gap:\s*(?!0\s*(?:;|$))/.test(d))
    .flatMap(([s]) => s)
    .filter((s) => flex.has(s) && !zeroed.has(s));
}

/** Rules that draw a ring only on :focus-visible. */
export function ringsOnlyWhenVisible(css: string): string[] {
  return rules(css)
    .filter(([s, d]) => s.some((x) => x.includes(':focus-visible') && !x.includes(':not(:focus-visible)')) && /outline:\s*(?!none)/.test(d))
    .map(([s]) => s.join(', '));
}

describe('CSS fallbacks for the oldest supported browsers', () => {
  it('every flex container with a gap has margins instead where flex gap is missing', () => {
    expect(gapsWithoutFallback(CSS)).toEqual([]);
    expect(gapsWithoutFallback('.calls { display: flex; gap: 0.5rem; }')).toEqual(['.calls']);
    expect(gapsWithoutFallback(`.calls { display: flex; gap: 0.5rem; } ${FALLBACK} { .calls { gap: 0; } .calls > * { margin: 0 0.5rem 0.5rem 0; } }`)).toEqual([]);
  });

  it('the focus ring shows on :focus where :focus-visible is unknown', () => {
    expect(ringsOnlyWhenVisible(CSS)).toEqual([]);
    expect(ringsOnlyWhenVisible('a:focus-visible, [role="option"] { outline: 3px solid; }')).toEqual(['a:focus-visible, [role="option"]']);
  });
});
