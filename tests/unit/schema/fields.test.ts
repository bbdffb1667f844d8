import { describe, expect, it } from 'vitest';
import { text, TEXT_MAX } from '../../../src/lib/schema/fields.ts';

describe('a text field', () => {
  it('holds a passage, and refuses a whole document’s worth (10 MB would be published as 10 MB pages)', () => {
    expect(text.safeParse('一'.repeat(TEXT_MAX)).success).toBe(true);
    const refused = text.safeParse('一'.repeat(TEXT_MAX + 1));
    expect(refused.error?.issues[0]?.message).toBe('at most 10,000 characters: a field holds a name, a sentence or a passage, never a whole document');
    expect(text.safeParse('x'.repeat(10 * 2 ** 20)).success).toBe(false);
  });
});
