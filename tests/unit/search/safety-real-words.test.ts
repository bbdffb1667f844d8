import { describe, expect, it } from 'vitest';
import { realSlips } from '../../../src/lib/search/safety-real-words.ts';

describe('the real words a typo must not be read as', () => {
  it('lists the common words one slip from a pattern word, but not slips nobody writes, nor a word’s own forms', () => {
    const real = realSlips(['drowning', 'overdose', 'kill', 'attack', 'noose']);
    expect(real).toEqual(expect.arrayContaining(['downing', 'overdoes', 'nose']));
    // kil is seen only as a slip; attacks is attack's own form; the pattern words are themselves.
    for (const word of ['kil', 'attacks', 'attacked', 'drowning', 'kill']) expect(real).not.toContain(word);
  });
});
