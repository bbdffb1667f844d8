import { describe, expect, it } from 'vitest';
import { documentPart } from '../../../src/lib/sources/document-part.ts';

describe('documentPart', () => {
  it('is the whole file, or the text before the words where the document has ended', () => {
    expect(documentPart('清单\n1\t12369', null)).toBe('清单\n1\t12369');
    expect(documentPart('清单\n1\t12369\n\n8月1日 省政府召开会议', '8月1日 省政府')).toBe('清单\n1\t12369\n\n');
  });

  it('is null when those words are not in the file', () => {
    expect(documentPart('清单', '8月1日')).toBeNull();
  });
});
