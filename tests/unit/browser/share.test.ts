import { describe, expect, it } from 'vitest';
import { pageAddress, shareOrCopy, type ShareNavigator } from '../../../src/lib/browser/share.ts';

const data = { title: '泉州市 · 12369', text: '泉州市 12369 环境保护投诉举报：已停用，请拨打 12345', url: 'https://12345.example.gov.cn/350500/12369/' };
/** What is copied where there is no sheet: the verdict with the address, as ShareButton.astro composes it. */
const copy = `${data.text} — ${data.url}`;
const failing = (name: string) => async () => {
  throw Object.assign(new Error(name), { name });
};

describe('sharing an answer', () => {
  it('opens the system sheet with the address and the verdict where there is one', async () => {
    const shared: ShareData[] = [];
    const nav: ShareNavigator = { share: async (d) => void shared.push(d!), canShare: () => true };
    expect(await shareOrCopy(data, copy, nav, () => false)).toBe('shared');
    expect(shared).toEqual([data]);
  });

  it('does nothing more when the citizen closes the sheet', async () => {
    const copied: string[] = [];
    const nav: ShareNavigator = { share: failing('AbortError'), clipboard: { writeText: async (t: string) => void copied.push(t) } as Clipboard };
    expect(await shareOrCopy(data, copy, nav, () => true)).toBe('cancelled');
    expect(copied).toEqual([]);
  });

  it('copies the verdict with the address where there is no sheet, the sheet refuses, or the sheet fails', async () => {
    for (const nav of [{}, { share: failing('NotAllowedError') }, { share: async () => {}, canShare: () => false }] as ShareNavigator[]) {
      const copied: string[] = [];
      expect(await shareOrCopy(data, copy, { ...nav, clipboard: { writeText: async (t: string) => void copied.push(t) } as Clipboard }, () => false)).toBe('copied');
      expect(copied).toEqual([copy]);
    }
  });

  it('falls back to copying by selection without the clipboard API, and says when nothing worked', async () => {
    const selected: string[] = [];
    expect(await shareOrCopy(data, copy, {}, (t) => selected.push(t) > 0)).toBe('copied');
    expect(selected).toEqual([copy]);
    expect(await shareOrCopy(data, copy, { clipboard: { writeText: failing('NotAllowedError') } as unknown as Clipboard }, () => false)).toBe('failed');
  });

  it('shares the page itself, not the anchor it was opened at', () => {
    expect(pageAddress({ href: 'https://12345.example.gov.cn/12345/350500/12369/#verdict' })).toBe('https://12345.example.gov.cn/12345/350500/12369/');
  });
});
