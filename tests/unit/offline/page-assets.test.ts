import { describe, expect, it } from 'vitest';
import { pageAssets } from '../../../src/lib/offline/page-assets.ts';

describe('pageAssets', () => {
  const page = 'https://12345.example.gov.cn/350500/12369/';

  it('lists the stylesheets, scripts and island modules a page loads from _astro/, once each', () => {
    const html = `<!doctype html><head>
      <link rel="stylesheet" href="/_astro/Page.Bx1_a.css"><link rel=modulepreload href=/_astro/preact.module.Cq9.js>
      <script type="module" src="/_astro/OfflineSupport.astro_astro_type_script_index_0_lang.D3f.js"></script></head>
      <body><astro-island uid="z" component-url="/_astro/Search.C0-1.js" renderer-url="/_astro/client.D1.js"></astro-island>
      <script type="module" src="/_astro/OfflineSupport.astro_astro_type_script_index_0_lang.D3f.js"></script>`;
    expect(pageAssets(html, page)).toEqual([
      'https://12345.example.gov.cn/_astro/Page.Bx1_a.css',
      'https://12345.example.gov.cn/_astro/preact.module.Cq9.js',
      'https://12345.example.gov.cn/_astro/OfflineSupport.astro_astro_type_script_index_0_lang.D3f.js',
      'https://12345.example.gov.cn/_astro/Search.C0-1.js',
      'https://12345.example.gov.cn/_astro/client.D1.js',
    ]);
  });

  it('keeps a base path, and resolves a relative address against the page', () => {
    expect(pageAssets('<link rel="stylesheet" href="/12345/_astro/a.css"><script src="../../_astro/b.js"></script>', 'https://h/12345/350500/12369/')).toEqual([
      'https://h/12345/_astro/a.css',
      'https://h/12345/_astro/b.js',
    ]);
  });

  it('ignores images, links to pages, other sites’ files and text that only mentions _astro/', () => {
    const html = `<link rel="icon" href="/_astro/icon.svg"><img src="/_astro/qr.png"><a href="/350500/">泉州</a>
      <script src="https://cdn.example.com/_astro/x.js"></script><p>files under /_astro/a.js are hashed</p>`;
    expect(pageAssets(html, page)).toEqual([]);
  });
});
