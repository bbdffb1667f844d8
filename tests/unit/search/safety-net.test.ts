import { describe, expect, it } from 'vitest';
import { needsSafetyNet } from '../../../src/lib/search/safety-net.ts';

const line = { notice: undefined };
const crisis = { notice: { text: '有生命危险请立即拨打 110或120', dial: ['110', '120'], urgent: true as const } };
const noList = { notice: { text: '本站无法说明…可以先打 12345 问。', dial: ['12345'] } };

describe('needsSafetyNet', () => {
  it('is given to a question in words that found nothing', () => {
    expect(needsSafetyNet('我不知道该找谁', [])).toBe(true);
    expect(needsSafetyNet('nobody listens', [])).toBe(true);
  });

  it('is given to a sentence, where a match may be a few characters only, even beside a region’s own notice', () => {
    expect(needsSafetyNet('最近每天晚上都睡不着觉心里很难受', [line])).toBe(true);
    expect(needsSafetyNet('I do not know who to talk to', [line])).toBe(true);
    expect(needsSafetyNet('最近每天晚上都睡不着觉心里很难受', [noList])).toBe(true);
  });

  it('is not given to a word that found its line, to danger already answered, or to digits', () => {
    expect(needsSafetyNet('公积金', [line])).toBe(false);
    expect(needsSafetyNet('unpaid wages', [line])).toBe(false);
    expect(needsSafetyNet('我真的不想再活下去了怎么办才好', [crisis])).toBe(false);
    for (const digits of ['1', '12', '123', '1236', '12345', '０５９５-１２３', '']) expect(needsSafetyNet(digits, []), digits).toBe(false);
  });
});
