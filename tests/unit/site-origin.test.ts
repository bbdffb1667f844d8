import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../../src/lib/site-origin.ts';

describe('siteOrigin', () => {
  it('takes an https:// origin as published, and a preview only when asked for', () => {
    expect(siteOrigin({ SITE_ORIGIN: 'https://12345.example.gov.cn' })).toEqual({ origin: 'https://12345.example.gov.cn', preview: false });
    expect(siteOrigin({ SITE_ORIGIN: 'https://12345.example.gov.cn/', PREVIEW: '1' })).toEqual({ origin: 'https://12345.example.gov.cn', preview: false });
    expect(siteOrigin({ PREVIEW: '1' })).toEqual({ origin: 'http://127.0.0.1:4321', preview: true });
    expect(siteOrigin({ SITE_ORIGIN: 'http://127.0.0.1:8080', PREVIEW: '1' })).toEqual({ origin: 'http://127.0.0.1:8080', preview: true });
  });

  it('refuses, in one sentence saying what to set: no origin, plain http, a loopback without PREVIEW, a path, nonsense', () => {
    expect(() => siteOrigin({})).toThrow(/^SITE_ORIGIN is not set: set it to the https:\/\/ address the site is published at \(SITE_ORIGIN=https:\/\/12345.example.gov.cn npm run build\), or PREVIEW=1/);
    expect(() => siteOrigin({ SITE_ORIGIN: 'http://12345.example.gov.cn', PREVIEW: '1' })).toThrow(/found "http:\/\/12345.example.gov.cn"; expected an https:\/\/ address/);
    expect(() => siteOrigin({ SITE_ORIGIN: 'http://127.0.0.1:4321' })).toThrow(/or PREVIEW=1 for a preview on this machine$/);
    expect(() => siteOrigin({ SITE_ORIGIN: 'https://www.example.gov.cn/12345/' })).toThrow(/expected the origin alone, such as https:\/\/www.example.gov.cn \(a sub-path goes in BASE_PATH\)/);
    expect(() => siteOrigin({ SITE_ORIGIN: 'example.gov.cn' })).toThrow(/found "example.gov.cn"; expected an address such as/);
  });
});
