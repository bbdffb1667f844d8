import { describe, expect, it } from 'vitest';
import { feedEntries } from '../../../src/lib/published/feed-entries.ts';
import { list } from '../../../src/lib/schema/list.ts';
import { t } from '../../../src/i18n/i18n.ts';
import { city, province } from '../../support/tiny-lists.ts';
import { changes } from '../../support/tiny-changes.ts';

const words = (locale: 'zh-Hans' | 'en') => ({
  tr: t(locale),
  region: (c: string) => ({ '350000': locale === 'en' ? 'Fujian' : '福建省', '350500': locale === 'en' ? 'Quanzhou' : '泉州市' })[c] ?? c,
  text: (text: string) => ({ text, lang: undefined }),
  ours: (w: { zh: string; en: string }) => (locale === 'en' ? w.en : w.zh),
});
const corrected = list.parse({
  ...city,
  source: { ...city.source, date: '2021-11-30' },
  history: [{ date: '2026-11-23', kind: 'added' }, { date: '2026-11-28', kind: 'corrected', note: { zh: '补上总体说明。', en: 'Added the general rules.' } }],
});

describe('the feed’s entries', () => {
  it('are every change and every record of every list, newest first, each dated by the data', () => {
    const entries = feedEntries(changes, [province, corrected], words('zh-Hans'));
    expect(entries.map((e) => [e.date, e.path])).toEqual([
      ['2026-11-28', '350500/#corrected-2026-11-28'],
      ['2026-11-23', '350000/#added-2026-11-23'],
      ['2026-11-23', '350500/#added-2026-11-23'],
      ['2024-12-25', 'changes/#reassigned'],
      ['2024-06-24', 'changes/#stopped'],
    ]);
  });

  it('say what happened in the feed’s language: the change’s verdict and dates, the list’s document, the correction’s note', () => {
    const [correction, , added, , stopped] = feedEntries(changes, [province, corrected], words('zh-Hans'));
    expect(stopped).toMatchObject({ title: '12393 / 12333 / 12366 / 12369：已停用，请拨打 12345' });
    expect(stopped!.summary).toBe('自 2024年4月底起停用。 已在全国停用。 这是全国性的变化，每个地区都适用，不论当地清单怎么写。 公布于 2024年6月24日。');
    expect(added).toEqual({ path: '350500/#added-2026-11-23', date: '2026-11-23', title: '收录泉州市的归并清单', summary: '本站收录了泉州市的归并清单：《city 清单》（2021年11月30日），共 1 条热线。' });
    expect(correction).toMatchObject({ title: '更正泉州市的归并清单', summary: '泉州市的归并清单已更正：补上总体说明。' });
    const [english] = feedEntries([], [corrected], words('en'));
    expect(english).toMatchObject({ title: "Quanzhou's merge list corrected", summary: "Quanzhou's merge list was corrected: Added the general rules." });
  });
});
