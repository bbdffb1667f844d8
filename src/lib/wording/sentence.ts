import type { Translate } from './answer-text.ts';

/**
 * A text as a sentence of the language: ended by its full stop unless it ends in one already.
 * Verdicts and details are written as headings (已停用，请拨打 12345); read aloud or run
 * together in a feed's summary, they are sentences.
 * @example asSentence('已停用，请拨打 12345', t('zh-Hans')) // '已停用，请拨打 12345。'
 */
export function asSentence(text: string, tr: Translate): string {
  return /[。．.!?！？]$/.test(text) ? text : tr('punctuation.sentence', { text });
}
