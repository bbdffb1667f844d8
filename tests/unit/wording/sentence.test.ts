import { describe, expect, it } from 'vitest';
import { asSentence } from '../../../src/lib/wording/sentence.ts';
import { t } from '../../../src/i18n/i18n.ts';

describe('a text as a sentence', () => {
  it('ends in the language’s full stop, once', () => {
    expect(asSentence('已停用，请拨打 12345', t('zh-Hans'))).toBe('已停用，请拨打 12345。');
    expect(asSentence('已在全国停用。', t('zh-Hans'))).toBe('已在全国停用。');
    expect(asSentence('Cancelled: call 12345 instead', t('en'))).toBe('Cancelled: call 12345 instead.');
    expect(asSentence('Switched off nationwide.', t('en'))).toBe('Switched off nationwide.');
  });
});
