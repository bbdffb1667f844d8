import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { EARLY_SCRIPT } from '../../src/build/early-script.ts';
import { distDir } from '../support/dist.ts';

describe('the early script in <head>', () => {
  it('is in every page type, in every language, as written', () => {
    for (const page of ['index.html', '350500/12369/index.html', 'en/350500/12366/index.html', 'zh-hant/445100/index.html', 'embed/350500/index.html', '404.html']) {
      expect(readFileSync(distDir + page, 'utf8'), page).toContain(`<script>${EARLY_SCRIPT}</script>`);
    }
  });

  it('parses as ES5, so an old in-app browser engine still runs it', () => {
    expect(() => parse(EARLY_SCRIPT, { ecmaVersion: 5 })).not.toThrow();
    // The check can fail: the for…of this script once used is not ES5.
    expect(() => parse('for (var a of b) {}', { ecmaVersion: 5 })).toThrow();
  });
});
