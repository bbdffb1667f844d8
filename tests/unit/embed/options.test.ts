import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedOptions, embedQuery, heightFrom, HEIGHT_MESSAGE, loaderSnippet, widgetPath } from '../../../src/lib/embed/options.ts';

const from = (values: Record<string, string>) => embedOptions((k) => values[k] ?? null);
const loader = { src: 'https://x/embed/v1/embed.js', integrity: 'sha384-abc' };

describe('embedOptions', () => {
  it('takes values from the safe set', () => {
    expect(from({ scheme: 'dark', accent: 'green', scale: '1.5', parent: 'https://www.example.gov.cn' })).toEqual({
      scheme: 'dark', accent: 'green', scale: 1.5, parent: 'https://www.example.gov.cn', lang: 'zh-Hans',
    });
  });

  it.each([
    ['scheme', 'purple'],
    ['accent', '#ff0000'],
    ['accent', 'red;background:url(//evil)'],
    ['accent', 'toString'],
    ['scale', '9'],
    ['scale', '1.5e0'],
    // Answers always open in a new tab: snippets pasted when inline was offered keep working.
    ['open', 'inline'],
    ['parent', 'javascript:alert(1)'],
    ['parent', 'https://example.com/path'],
    ['parent', 'https://example.com"><script>'],
    ['lang', 'fr'],
    ['lang', '../../evil'],
  ])('ignores %s=%j and keeps the default', (key, value) => {
    expect(from({ [key]: value })).toEqual(from({}));
  });

  it('takes theme as another name for scheme (data-theme="dark")', () => {
    expect(from({ theme: 'dark' }).scheme).toBe('dark');
    expect(from({ theme: 'neon' }).scheme).toBe('auto');
  });

  it('defaults to the site’s own look and no parent', () => {
    expect(from({})).toEqual({ scheme: 'auto', accent: null, scale: 1, parent: null, lang: 'zh-Hans' });
  });

  it('takes the language from data-lang, in any case, into the widget’s address', () => {
    expect(widgetPath('350500', from({ lang: 'en' }))).toBe('en/embed/350500/');
    expect(widgetPath('445100', from({ lang: 'zh-hant' }))).toBe('zh-hant/embed/445100/');
    expect(widgetPath('350500', from({}))).toBe('embed/350500/');
    expect(loaderSnippet(loader, '350500', from({ lang: 'en' }), 'Lookup')).toContain(' data-lang="en" data-title="Lookup"');
    expect(loaderSnippet(loader, '350500', from({}), '查询')).not.toContain('data-lang');
  });

  it('pins the loader in the snippet by its hash, fetched with CORS so the browser can check it', () => {
    expect(loaderSnippet(loader, '350500', from({ accent: 'teal' }), '查询')).toBe(
      '<script src="https://x/embed/v1/embed.js" integrity="sha384-abc" crossorigin="anonymous" data-region="350500" data-accent="teal" data-title="查询" async></script>',
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('scheme', 'accent', 'scale', 'open', 'parent'), fc.string()), (values) => {
      expect(() => embedQuery(from(values))).not.toThrow();
    }));
  });

  it('round-trips through the iframe’s query string', () => {
    const options = from({ scheme: 'light', accent: 'teal', scale: '1.25', parent: 'http://127.0.0.1:4390' });
    const query = new URLSearchParams(embedQuery(options));
    expect(embedOptions((k) => query.get(k))).toEqual(options);
  });
});

describe('heightFrom', () => {
  it('reads a widget’s height message', () => {
    expect(heightFrom({ type: HEIGHT_MESSAGE, height: 412.3 })).toBe(413);
  });

  it.each([null, 'x', 42, {}, { type: 'other', height: 100 }, { type: HEIGHT_MESSAGE, height: '100' }, { type: HEIGHT_MESSAGE, height: -1 }, { type: HEIGHT_MESSAGE, height: Infinity }, { type: HEIGHT_MESSAGE, height: 1e9 }])(
    'ignores %j',
    (data) => {
      expect(heightFrom(data)).toBeNull();
    },
  );
});
