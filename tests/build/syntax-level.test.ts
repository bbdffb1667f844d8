/**
 * Every script the site ships is written for its oldest browsers (src/build/browser-target.ts):
 * it parses as ES2020 and uses none of the ES2020-and-later syntax that Chrome 69, Safari 12 or
 * Firefox 78 cannot read. One syntax error loses a whole script: on an old phone, the search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse, type Node } from 'acorn';
import { describe, expect, it } from 'vitest';
import { releasedLoaders } from '../../src/build/embed-loader.ts';
import { distDir } from '../support/dist.ts';
import { repoRoot } from '../support/load-fixture.ts';

/** What a script uses that the target cannot read: [what, offset]. Throws when it does not parse as ES2020. */
export function beyondTarget(code: string, sourceType: 'module' | 'script'): [string, number][] {
  const found: [string, number][] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const n = node as Node & Record<string, unknown>;
    if (n.type === 'ChainExpression') found.push(['optional chaining (?.)', n.start]);
    if (n.type === 'LogicalExpression' && n['operator'] === '??') found.push(['nullish coalescing (??)', n.start]);
    if (n.type === 'Literal' && typeof n['bigint'] === 'string') found.push(['a BigInt literal', n.start]);
    // Chrome 71, Safari 12.1; kept in the browser test's old phone for Playwright's own use (tests/support/newer-builtins.ts).
    if (n.type === 'Identifier' && n['name'] === 'globalThis') found.push(['globalThis', n.start]);
    const regex = n['regex'] as { pattern: string; flags: string } | undefined;
    const pattern = regex?.pattern ?? (isRegExpCall(n) ? stringArgument(n) : undefined);
    if (pattern !== undefined && /\(\?<[=!]/.test(pattern)) found.push(['a regular expression lookbehind', n.start]);
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') visit(value);
  };
  visit(parse(code, { ecmaVersion: 2020, sourceType }));
  return found;
}

const isRegExpCall = (n: Record<string, unknown>) =>
  (n['type'] === 'NewExpression' || n['type'] === 'CallExpression') && (n['callee'] as { name?: string }).name === 'RegExp';
const stringArgument = (n: Record<string, unknown>) => {
  const first = (n['arguments'] as { type: string; value?: unknown }[])[0];
  return first?.type === 'Literal' && typeof first.value === 'string' ? first.value : undefined;
};

/** The shipped scripts: every .js under dist/ (released embed loaders aside), and every inline script of each kind of page. */
function shippedScripts(): { name: string; code: string; sourceType: 'module' | 'script' }[] {
  const pinned = new Set(releasedLoaders(repoRoot).map((r) => r.path));
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.m?js$/.test(f) && !pinned.has(f));
  const scripts = files.map((f) => ({ name: f, code: readFileSync(distDir + f, 'utf8'), sourceType: f.startsWith('_astro/') ? ('module' as const) : ('script' as const) }));
  const inline = new Map<string, { name: string; code: string; sourceType: 'module' | 'script' }>();
  for (const page of ['index.html', '350500/index.html', '350500/12369/index.html', 'en/350500/12366/index.html', 'embed/index.html', 'embed/350500/index.html', '404.html', 'offline/index.html']) {
    for (const m of readFileSync(distDir + page, 'utf8').matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/(?:ld\+)?json"/.test(m[1]!)) continue;
      inline.set(m[2]!, { name: `${page}: inline script`, code: m[2]!, sourceType: /type="module"/.test(m[1]!) ? 'module' : 'script' });
    }
  }
  return [...scripts, ...inline.values()];
}

describe('the scripts the site ships', () => {
  it('parse as ES2020 and use no syntax Chrome 69, Safari 12 or Firefox 78 lacks', () => {
    const scripts = shippedScripts();
    expect(scripts.filter((s) => s.name.startsWith('_astro/')).length).toBeGreaterThan(5);
    expect(scripts.some((s) => s.name === 'sw.js') && scripts.some((s) => s.name === 'embed.js')).toBe(true);
    expect(scripts.filter((s) => s.name.endsWith('inline script')).length).toBeGreaterThan(1);
    for (const { name, code, sourceType } of scripts) {
      let found: [string, number][];
      try {
        found = beyondTarget(code, sourceType);
      } catch (error) {
        throw new Error(`${name} does not parse as ES2020: ${(error as Error).message}`);
      }
      expect(found.map(([what, at]) => `${what}: …${code.slice(Math.max(0, at - 30), at + 30)}…`), name).toEqual([]);
    }
  });

  it('the check finds what the target cannot read', () => {
    for (const [code, what] of [
      ['a?.b', 'optional chaining (?.)'],
      ['a ?? b', 'nullish coalescing (??)'],
      ['/(?<!\\d)1/u.test(a)', 'a regular expression lookbehind'],
      ["new RegExp('(?<=a)b')", 'a regular expression lookbehind'],
      ['globalThis.x', 'globalThis'],
    ]) expect(beyondTarget(code!, 'script').map(([w]) => w), code).toEqual([what]);
    for (const code of ['a ||= b', 'class A { x = 1 }', 'class A { #x }', '1_000']) expect(() => beyondTarget(code, 'script'), code).toThrow();
    expect(beyondTarget('const { a, ...b } = c; async function f() { for await (const x of y); }', 'module')).toEqual([]);
  });
});
