import { describe, expect, it } from 'vitest';
import { isCacheable } from '../../../src/lib/offline/cacheable.ts';

const served = { status: 200, type: 'basic', redirected: false, headers: new Headers({ 'Cache-Control': 'no-cache' }) } as const;

describe('isCacheable', () => {
  it('keeps the site’s own file as it was served, private or not', () => {
    expect(isCacheable(served)).toBe(true);
    expect(isCacheable({ ...served, headers: new Headers() })).toBe(true);
    expect(isCacheable({ ...served, headers: new Headers({ 'Cache-Control': 'private, max-age=60' }) })).toBe(true);
  });

  it.each([
    ['an error', { status: 404 }],
    ['a partial answer', { status: 206 }],
    ['a navigation’s redirect (opaque)', { status: 0, type: 'opaqueredirect' }],
    ['another origin’s opaque reply', { status: 0, type: 'opaque' }],
    ['another origin’s readable reply', { type: 'cors' }],
    ['the end of a followed redirect', { redirected: true }],
    ['no-store', { headers: new Headers({ 'Cache-Control': 'no-store' }) }],
    ['no-store among others, in capitals', { headers: new Headers({ 'Cache-Control': 'private, NO-STORE' }) }],
  ] as const)('does not keep %s', (_, change) => {
    expect(isCacheable({ ...served, ...change })).toBe(false);
  });
});
