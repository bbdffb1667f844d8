import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import { BROWSER_TARGET } from '../../src/build/browser-target.ts';

/** The target's engines as MDN's compatibility data names them, with the oldest version the site supports. */
const OLDEST: Record<string, number> = Object.fromEntries(
  BROWSER_TARGET.flatMap((t) => {
    const [, engine, version] = /^([a-z]+)(\d+(?:\.\d+)?)$/.exec(t)!;
    const v = Number(version);
    return engine === 'chrome' ? [['chrome', v], ['chrome_android', v], ['webview_android', v]] : engine === 'safari' ? [['safari', v], ['safari_ios', v]] : [[engine!, v]];
  }),
);

interface Statement {
  version_added: string | boolean | null;
  version_removed?: string | boolean | null;
  flags?: unknown;
  prefix?: string;
  alternative_name?: string;
}
interface Compat {
  __compat?: { support: Record<string, Statement | Statement[]> };
  [key: string]: unknown;
}

/** A version as MDN writes it ("≤37", "12.1", "preview", true, false) as a number; Infinity for never or not yet. */
function version(v: string | boolean | null | undefined): number {
  if (v === true) return 0;
  if (typeof v !== 'string' || v === 'preview') return Infinity;
  return Number(v.replace('≤', '').split('.').slice(0, 2).join('.'));
}

/**
 * True when a feature came after the target in any of its engines: no statement under its own
 * name, unflagged, says it was there in the target's version (a partial implementation counts as there).
 */
function newer(feature: Compat): boolean {
  const support = feature.__compat?.support;
  if (!support) return false;
  return Object.entries(OLDEST).some(([engine, oldest]) => {
    const statements = [support[engine] ?? []].flat().filter((s) => !s.flags && !s.prefix && !s.alternative_name);
    if (statements.length === 0) return false;
    return !statements.some((s) => version(s.version_added) <= oldest && !(version(s.version_removed ?? undefined) <= oldest));
  });
}

const isName = (key: string) => /^[A-Za-z$][\w$]*$/.test(key) && !key.endsWith('_event');

/**
 * Kept though newer than the target: Playwright's page.evaluate reads them to pass values back, and the
 * site's scripts cannot use them unnoticed: tests/build/syntax-level.test.ts refuses a BigInt literal and the name globalThis.
 */
const HARNESS = new Set(['BigInt', 'BigInt64Array', 'BigUint64Array', 'globalThis']);

/**
 * Every JavaScript built-in and Web API member newer than the target (src/build/browser-target.ts), by
 * MDN's data: [owner, name] pairs, the owner a global's name ('' for a global itself). A browser test
 * deletes each (and `owner.prototype[name]`) before any script runs, so a page that uses one without a
 * guard or a fallback of its own breaks in the test as it would on an old phone.
 */
export function newerBuiltins(): [string, string][] {
  const found: [string, string][] = [];
  for (const tree of [bcd.javascript.builtins, bcd.api] as unknown as Record<string, Compat>[]) {
    for (const [owner, feature] of Object.entries(tree)) {
      if (!isName(owner) || HARNESS.has(owner)) continue;
      if (newer(feature)) {
        found.push(['', owner]);
        continue;
      }
      for (const [name, member] of Object.entries(feature)) {
        if (isName(name) && name !== owner && newer(member as Compat)) found.push([owner, name]);
      }
    }
  }
  return found;
}

/** A script for addInitScript: deletes every built-in `newerBuiltins` names that this browser has. */
export function deleteNewerBuiltins(): string {
  return `(${(pairs: [string, string][]) => {
    const g = globalThis as unknown as Record<string, Record<string, unknown> | undefined>;
    for (const [owner, name] of pairs) {
      // A window's own members are on the global object itself.
      const holders = owner ? [g[owner], (g[owner] as { prototype?: Record<string, unknown> } | undefined)?.prototype, owner === 'Window' ? g : undefined] : [g];
      for (const holder of holders) {
        if (holder && Object.prototype.hasOwnProperty.call(holder, name)) {
          try {
            delete holder[name];
          } catch {}
        }
      }
    }
  }})(${JSON.stringify(newerBuiltins())})`;
}
