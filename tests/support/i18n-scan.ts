/**
 * Static checks on the UI strings: every language has every key, every key is
 * used somewhere in src/, and no component writes UI text without a key.
 * Parsers, not regular expressions: TypeScript for .ts/.tsx, Astro's own
 * compiler (@astrojs/compiler-rs, astro 7's parser: an ESTree/JSX AST with the
 * frontmatter, the template and hoisted scripts) for .astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseAstro } from '@astrojs/compiler-rs';
import ts from 'typescript';

import type { Resource } from '../../src/i18n/i18n.ts';

// ---------------------------------------------------------------------------
// 1. Every key in every language, plural-aware
// ---------------------------------------------------------------------------

/** Every leaf of a resource as a dotted key, with its value. */
export function flatten(resource: Resource, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(resource)) {
    const key = prefix + k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) for (const [kk, vv] of flatten(v, `${key}.`)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

const CATEGORIES = 'zero|one|two|few|many|other';
const PLURAL = new RegExp(`^(.+?)_(ordinal_)?(${CATEGORIES})$`);

/** `search.count_one` → { base: 'search.count', type: 'cardinal', category: 'one' }; a plain key → undefined. */
export function pluralOf(key: string): { base: string; type: Intl.PluralRuleType; category: Intl.LDMLPluralRule } | undefined {
  const m = PLURAL.exec(key);
  if (!m?.[1] || !m[3]) return undefined;
  return { base: m[1], type: m[2] ? 'ordinal' : 'cardinal', category: m[3] as Intl.LDMLPluralRule };
}

const formKey = (base: string, type: Intl.PluralRuleType, category: string) => `${base}_${type === 'ordinal' ? 'ordinal_' : ''}${category}`;

/**
 * Each problem as `locale: what key`: a plain key another language has and this
 * one lacks (or has empty / not as a string), a plural base lacking one of the
 * language's plural categories (Intl.PluralRules), or carrying one the language
 * does not have.
 */
export function localeKeyProblems(resources: Record<string, Resource>): string[] {
  const flat = Object.entries(resources).map(([code, r]) => ({ code, keys: flatten(r) }));
  const plain = new Set<string>();
  const plurals = new Map<string, Intl.PluralRuleType>(); // `${type} ${base}` → type
  for (const { keys } of flat)
    for (const key of keys.keys()) {
      const p = pluralOf(key);
      if (p) plurals.set(`${p.type} ${p.base}`, p.type);
      else plain.add(key);
    }
  const problems: string[] = [];
  for (const { code, keys } of flat) {
    for (const key of [...plain].sort()) {
      if (!keys.has(key)) problems.push(`${code}: missing key ${key}`);
      else if (typeof keys.get(key) !== 'string' || keys.get(key) === '') problems.push(`${code}: empty or non-string value for ${key}`);
    }
    for (const [id, type] of [...plurals].sort()) {
      const base = id.slice(type.length + 1);
      const expected = new Intl.PluralRules(code, { type }).resolvedOptions().pluralCategories;
      for (const c of expected) {
        const key = formKey(base, type, c);
        if (!keys.has(key)) problems.push(`${code}: missing plural form ${key} (${code} ${type} plural needs ${expected.join(', ')})`);
        else if (typeof keys.get(key) !== 'string' || keys.get(key) === '') problems.push(`${code}: empty or non-string value for ${key}`);
      }
      for (const key of keys.keys()) {
        const p = pluralOf(key);
        if (p && p.base === base && p.type === type && !expected.includes(p.category))
          problems.push(`${code}: unexpected plural form ${key} (${code} ${type} plural has only ${expected.join(', ')})`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// 2. Key references in source
// ---------------------------------------------------------------------------

/** What a file can say about keys: whole keys (`'a.b'`) and prefixes (`` `a.b.${x}` ``, `'a.' + x`). */
export interface KeyRefs {
  literals: Set<string>;
  prefixes: Set<string>;
}

const KEY = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;
const PREFIX = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*\.$/;

const emptyRefs = (): KeyRefs => ({ literals: new Set(), prefixes: new Set() });
function addLiteral(refs: KeyRefs, s: string) {
  if (KEY.test(s)) refs.literals.add(s);
}
function addPrefix(refs: KeyRefs, s: string) {
  if (PREFIX.test(s)) refs.prefixes.add(s);
}

function scriptKind(file: string): ts.ScriptKind {
  if (file.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (file.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (file.endsWith('.js') || file.endsWith('.mjs')) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

function tsKeyRefs(file: string, source: string, refs: KeyRefs) {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, scriptKind(file));
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) addLiteral(refs, node.text);
    else if (ts.isTemplateExpression(node)) addPrefix(refs, node.head.text);
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && ts.isStringLiteralLike(node.left))
      addPrefix(refs, node.left.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

type EsNode = { type: string; start: number; end: number; [k: string]: unknown };
const isNode = (v: unknown): v is EsNode => typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

/** Every ESTree node's children, in source order. */
function children(node: EsNode): EsNode[] {
  const out: EsNode[] = [];
  for (const [k, v] of Object.entries(node)) {
    if (k === 'type') continue;
    if (Array.isArray(v)) for (const c of v) if (isNode(c)) out.push(c);
    if (isNode(v)) out.push(v);
  }
  return out;
}

/** Visits `node` and, where `f` says so, its children. */
function walk(node: EsNode, f: (n: EsNode) => 'descend' | 'skip') {
  if (f(node) === 'skip') return;
  for (const c of children(node)) walk(c, f);
}

/** Astro's AST for a file; throws with the compiler's diagnostics when it cannot parse. */
export function astroAst(file: string, source: string): EsNode {
  const { ast, diagnostics } = parseAstro(source);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`${file}: Astro parse errors: ${errors.map((d) => d.text).join('; ')}`);
  return ast as EsNode;
}

const stringValue = (n: EsNode): string | undefined => (n.type === 'Literal' && typeof n['value'] === 'string' ? n['value'] : undefined);

function astroKeyRefs(file: string, source: string, refs: KeyRefs) {
  walk(astroAst(file, source), (n) => {
    const s = stringValue(n);
    if (s !== undefined) addLiteral(refs, s);
    else if (n.type === 'TemplateLiteral') {
      const quasis = n['quasis'] as { value: { cooked: string | null } }[];
      const head = quasis[0]?.value.cooked ?? '';
      if (quasis.length === 1) addLiteral(refs, head);
      else addPrefix(refs, head);
    } else if (n.type === 'BinaryExpression' && n['operator'] === '+' && isNode(n['left'])) {
      const left = stringValue(n['left']);
      if (left !== undefined) addPrefix(refs, left);
    }
    return 'descend';
  });
}

/** The key references in one source file (.ts, .tsx, .astro, …), added to `refs`. */
export function keyRefs(file: string, source: string, refs: KeyRefs = emptyRefs()): KeyRefs {
  if (file.endsWith('.astro')) astroKeyRefs(file, source, refs);
  else tsKeyRefs(file, source, refs);
  return refs;
}

/** A key is used if it, or its plural base, is written whole, or starts with a written prefix. */
export function unusedKeys(keys: Iterable<string>, refs: KeyRefs): string[] {
  const used = (key: string) => refs.literals.has(key) || [...refs.prefixes].some((p) => key.startsWith(p));
  return [...keys].filter((key) => {
    const base = pluralOf(key)?.base;
    return !used(key) && !(base !== undefined && used(base));
  });
}

// ---------------------------------------------------------------------------
// 3. UI text written into components
// ---------------------------------------------------------------------------

/** Attributes whose values people read or hear. */
export const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder']);
/** `value` is read only where a browser draws it as a button's face; `label` only on native elements. */
const readAttribute = (element: string, attribute: string, type: string | undefined) =>
  READ_ATTRIBUTES.has(attribute) ||
  (attribute === 'value' && element === 'input' && ['submit', 'button', 'reset'].includes(type ?? '')) ||
  (attribute === 'label' && ['option', 'optgroup', 'track'].includes(element));

const LETTER = /\p{L}/u;
/** HTML character references are not words: `&nbsp;` has no letters for a reader. */
const hasLetter = (text: string) => LETTER.test(text.replace(/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, ''));
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A piece of UI text written in a component: where and what. */
export interface LiteralText {
  file: string;
  line: number;
  text: string;
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

const jsxName = (n: unknown): string => {
  if (!isNode(n)) return '';
  if (n.type === 'JSXIdentifier') return String(n['name']);
  if (n.type === 'JSXNamespacedName') return `${jsxName(n['namespace'])}:${jsxName(n['name'])}`;
  if (n.type === 'JSXMemberExpression') return `${jsxName(n['object'])}.${jsxName(n['property'])}`;
  return '';
};

/** Static text in an attribute value: `"…"`, `{'…'}`, `` {`…${x}…`} `` (the written parts). */
function astroAttributeText(value: unknown): string | undefined {
  if (!isNode(value)) return undefined;
  const expr = value.type === 'JSXExpressionContainer' && isNode(value['expression']) ? value['expression'] : value;
  const s = stringValue(expr);
  if (s !== undefined) return s;
  if (expr.type === 'TemplateLiteral') return (expr['quasis'] as { value: { cooked: string | null } }[]).map((q) => q.value.cooked ?? '').join(' ');
  return undefined;
}

function astroLiteralTexts(file: string, source: string): LiteralText[] {
  const out: LiteralText[] = [];
  const found = (at: number, text: string) => out.push({ file, line: lineAt(source, at), text: tidy(text) });
  const ast = astroAst(file, source);
  // The template only: frontmatter is code, and so are <script> and <style>.
  for (const root of (ast['body'] as EsNode[] | undefined) ?? [])
    walk(root, (n) => {
      if (n.type === 'AstroScript' || n.type === 'AstroComment' || n.type === 'AstroFrontmatter') return 'skip';
      if (n.type === 'JSXElement') {
        const opening = n['openingElement'] as EsNode;
        const element = jsxName(opening['name']);
        if (element === 'script' || element === 'style') return 'skip';
        const attributes = (opening['attributes'] as EsNode[]).filter((a) => a.type === 'JSXAttribute');
        const type = attributes.map((a) => (jsxName(a['name']) === 'type' ? astroAttributeText(a['value']) : undefined)).find((t) => t !== undefined);
        for (const a of attributes) {
          const name = jsxName(a['name']);
          const text = astroAttributeText(a['value']);
          if (text !== undefined && readAttribute(element, name, type) && hasLetter(text)) found(a.start, `${name}="${text}"`);
        }
      }
      if (n.type === 'JSXText') {
        const text = String(n['value']);
        if (hasLetter(text)) found(n.start + text.length - text.trimStart().length, text);
      }
      return 'descend';
    });
  return out;
}

function tsxLiteralTexts(file: string, source: string): LiteralText[] {
  const out: LiteralText[] = [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found = (node: ts.Node, text: string) => out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: tidy(text) });
  const staticText = (e: ts.Expression | undefined): string | undefined => {
    if (!e) return undefined;
    if (ts.isStringLiteralLike(e)) return e.text;
    if (ts.isTemplateExpression(e)) return [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ');
    if (ts.isParenthesizedExpression(e)) return staticText(e.expression);
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasLetter(node.text)) found(node, node.text);
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const element = node.tagName.getText(sf);
      const attrs = node.attributes.properties.filter(ts.isJsxAttribute);
      const valueOf = (a: ts.JsxAttribute) => {
        const init = a.initializer;
        if (!init) return undefined;
        return ts.isJsxExpression(init) ? staticText(init.expression) : staticText(init);
      };
      const type = attrs.filter((a) => a.name.getText(sf) === 'type').map(valueOf)[0];
      for (const a of attrs) {
        const name = a.name.getText(sf);
        const text = valueOf(a);
        if (text !== undefined && readAttribute(element, name, type) && hasLetter(text)) found(a, `${name}="${text}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** UI text a component writes itself instead of taking it from the strings. */
export function literalTexts(file: string, source: string): LiteralText[] {
  if (file.endsWith('.astro')) return astroLiteralTexts(file, source);
  if (file.endsWith('.tsx')) return tsxLiteralTexts(file, source);
  return [];
}

// ---------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------

/** Files under `dir` (relative to `root`, with forward slashes) whose names end with one of `exts`. */
export function sourceFiles(root: string, dir: string, exts: string[], exclude: string[] = []): string[] {
  return (readdirSync(join(root, dir), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && exts.some((e) => d.name.endsWith(e)))
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'))
    .filter((f) => !exclude.some((x) => f.startsWith(x)))
    .sort();
}

export const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
