import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/i18n/i18n.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { flatten, keyRefs, literalTexts, localeKeyProblems, read, sourceFiles, unusedKeys, type KeyRefs } from '../../support/i18n-scan.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const show = (t: { file: string; line: number; text: string }) => `${t.file}:${t.line}: ${t.text}`;

describe('every language has every key', () => {
  it('catches a missing key, a missing plural form and a plural form the language lacks', () => {
    const problems = localeKeyProblems({
      'zh-Hans': { a: { b: '乙', c: '丙' }, n_other: '{{count}} 个', e: '' },
      en: { a: { b: 'B' }, n_other: '{{count}} things', m_one: 'one', m_other: 'many', e: 'E' },
      'zh-Hant': { a: { b: '乙', c: '丙' }, n_one: '一個', n_other: '{{count}} 個', e: '空' },
    });
    expect(problems).toEqual([
      'zh-Hans: empty or non-string value for e',
      'zh-Hans: missing plural form m_other (zh-Hans cardinal plural needs other)',
      'en: missing key a.c',
      'en: missing plural form n_one (en cardinal plural needs one, other)',
      'zh-Hant: missing plural form m_other (zh-Hant cardinal plural needs other)',
      'zh-Hant: unexpected plural form n_one (zh-Hant cardinal plural has only other)',
    ]);
  });

  it('every language in src/i18n/locales.ts has its strings', () => {
    expect(Object.keys(resources).sort()).toEqual(LOCALES.map((l) => l.code).sort());
  });

  it('no language lacks a key, or a plural form its plural rules need', () => {
    expect(localeKeyProblems(resources)).toEqual([]);
  });
});

describe('every key is used', () => {
  const allRefs = (files: Record<string, string>): KeyRefs => {
    const refs: KeyRefs = { literals: new Set(), prefixes: new Set() };
    for (const [file, source] of Object.entries(files)) keyRefs(file, source, refs);
    return refs;
  };

  it('catches a key nothing names, and counts literals, template prefixes and plural bases as uses', () => {
    const refs = allRefs({
      'a.ts': "export const f = (tr: (k: string) => string, g: { verdict: string }) => [tr('site.name'), tr(`region.groups.${g.verdict}`)];",
      'b.tsx': "export const C = () => <p aria-label={l.tr('site.skip')}>{t('explain.' + x)}</p>;",
      'c.astro': "---\nconst count = pluralForms(locale.code, 'search.count');\n---\n<p title={tr('site.home')}>{tr(`verdict.${v}`)}</p>\n<script>const k = 'embed.copy';</script>",
    });
    const keys = ['site.name', 'site.skip', 'site.home', 'site.unused', 'region.groups.cancelled', 'region.heading', 'explain.since', 'verdict.parallel', 'search.count_one', 'search.count_other', 'search.regionCount_other', 'embed.copy', 'embed.copied'];
    expect(unusedKeys(keys, refs)).toEqual(['site.unused', 'region.heading', 'search.regionCount_other', 'embed.copied']);
  });

  it('no key in the strings goes unused in src/', () => {
    const refs: KeyRefs = { literals: new Set(), prefixes: new Set() };
    for (const file of sourceFiles(root, 'src', ['.astro', '.ts', '.tsx'], ['src/i18n/locales/'])) keyRefs(file, read(root, file), refs);
    const keys = new Set(Object.values(resources).flatMap((r) => [...flatten(r).keys()]));
    expect(unusedKeys([...keys].sort(), refs)).toEqual([]);
  });
});

describe('components take their words from the strings', () => {
  it('catches text and read attributes written into an .astro template, and nothing else', () => {
    const astro = [
      '---',
      "const title = 'Frontmatter is code';",
      '---',
      '<!-- Comments are not shown -->',
      '<p>Hello</p>',
      '<button aria-label="关闭" class="close" data-x="not read">{tr("site.home")}</button>',
      '<img alt="Logo" src="/x.png" /><input placeholder={`Search ${region}`} /><input type="submit" value="Go" />',
      '<option value="zh">{name}</option>',
      '<p>&nbsp;&middot; 12345 {tr("a.b")} · </p>',
      '{show && <span title=\'Tip\'>提示</span>}',
      '<script>const s = "Script text";</script>',
      '<style>p::after { content: "Style text"; }</style>',
    ].join('\n');
    expect(literalTexts('x.astro', astro).map(show)).toEqual([
      'x.astro:5: Hello',
      'x.astro:6: aria-label="关闭"',
      'x.astro:7: alt="Logo"',
      'x.astro:7: placeholder="Search "',
      'x.astro:7: value="Go"',
      "x.astro:10: title=\"Tip\"",
      'x.astro:10: 提示',
    ]);
  });

  it('catches text and read attributes written into a .tsx component, and nothing else', () => {
    const tsx = [
      "export function C({ s }: { s: { close: string } }) {",
      "  const note = 'a string in code';",
      '  return (',
      '    <div class="box" data-kind="plain">',
      '      <p>Hello {s.close}</p>',
      '      <button aria-label="关闭" title={s.close}>×</button>',
      "      <input placeholder={'Type here'} type=\"search\" />",
      '      <option value="zh">{note}</option>',
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    expect(literalTexts('x.tsx', tsx).map(show)).toEqual(['x.tsx:5: Hello', 'x.tsx:6: aria-label="关闭"', 'x.tsx:7: placeholder="Type here"']);
  });

  it('no component, layout or page writes UI text of its own', () => {
    const files = [
      ...sourceFiles(root, 'src/components', ['.astro', '.tsx']),
      ...sourceFiles(root, 'src/layouts', ['.astro']),
      ...sourceFiles(root, 'src/pages', ['.astro']),
    ];
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => literalTexts(file, read(root, file))).map(show)).toEqual([]);
  });
});
