import { describe, expect, it } from 'vitest';
import { answerDescription, DESCRIPTION_LENGTH, documentName, numberDescription, regionDescription, verdictCounts } from '../../../src/lib/seo/descriptions.ts';
import { answerText } from '../../../src/lib/wording/answer-text.ts';
import { answerFor } from '../../../src/lib/engine/answer.ts';
import { resolveList } from '../../../src/lib/engine/resolve.ts';
import { t } from '../../../src/i18n/i18n.ts';
import { lists } from '../../support/tiny-lists.ts';
import { changes, stopped } from '../../support/tiny-changes.ts';

const names: Record<string, string> = { '350000': '福建省', '350100': '福州市', '350200': '厦门市', '350500': '泉州市', '440100': '广州市' };
const words = (locale: 'zh-Hans' | 'en') => ({
  tr: t(locale),
  region: (c: string) => (locale === 'en' ? `R${c}` : (names[c] ?? c)),
  text: (text: string) => ({ text, lang: locale === 'en' ? 'zh-Hans' : undefined }),
  ours: (w: { zh: string; en: string }) => (locale === 'en' ? w.en : w.zh),
});
const quanzhou = { issuer: '泉州市人民政府办公室', title: '关于印发泉州市…的通知', documentNumber: '泉政办〔2021〕53号' };
const at = (code: string) => ({ code, parent: code === '440100' ? '440000' : code === '350000' ? null : '350000' });
const answer = (region: string, number: string, date = '2026-11-28', withChanges = changes) => answerFor(at(region), resolveList(at(region), lists), number, date, withChanges);

describe('a page’s description states its answer', () => {
  it('an answer page: the region, the number, since when, the verdict the page shows, whose document', () => {
    const a = answer('350100', '12393', '2026-11-28', []);
    const d = answerDescription(a, { region: '350100', number: '12393' }, words('zh-Hans'), quanzhou);
    expect(d).toBe('福州市 12393：2021年9月1日起已停用，请拨打 12345。依据泉州市人民政府办公室泉政办〔2021〕53号。');
    expect(d).toContain(answerText(a, { region: '350100', number: '12393' }, words('zh-Hans')).verdict);
  });

  it('a national change that decides the answer speaks with its own day and its own source; in English too', () => {
    const a = answer('350500', '12369');
    expect(answerDescription(a, { region: '350500', number: '12369' }, words('zh-Hans'), quanzhou)).toBe('泉州市 12369：2024年4月底起已停用，请拨打 12345。依据某部《关于某号码的通知》。');
    expect(answerDescription(a, { region: '350500', number: '12369' }, words('en'), quanzhou)).toBe(
      'R350500 12369: Switched off: call 12345 instead (since the end of April 2024). Source: 某部《关于某号码的通知》.',
    );
  });

  it('with nothing to cite (a region without a list), says why in the page’s first detail, never inventing a status', () => {
    const a = answer('440100', '12333', '2026-11-28', []);
    const d = answerDescription(a, { region: '440100', number: '12333' }, words('zh-Hans'), null);
    const text = answerText(a, { region: '440100', number: '12333' }, words('zh-Hans'));
    expect(d.startsWith(`广州市 12333：${text.verdict}。`)).toBe(true);
    expect(d).not.toContain('依据');
  });

  it('leaves a second sentence out rather than pass the length a search result shows', () => {
    const long = { ...quanzhou, issuer: '很长的发文机关'.repeat(20) };
    const d = answerDescription(answer('350100', '12393', '2026-11-28', []), { region: '350100', number: '12393' }, words('zh-Hans'), long);
    expect(d).toBe('福州市 12393：2021年9月1日起已停用，请拨打 12345。');
    expect(d.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
  });

  it('a region page counts its lines by today’s verdict, the most common first; a region without a list says so', () => {
    expect(verdictCounts(['parallel', 'cancelled', 'cancelled', 'stopped'], words('zh-Hans'))).toBe('已停用 2、仍可拨打 1、全国停用 1');
    expect(regionDescription('350000', ['cancelled', 'cancelled', 'parallel'], words('zh-Hans'), quanzhou)).toBe(
      '福建省的 3 条热线：已停用 2、仍可拨打 1。依据泉州市人民政府办公室泉政办〔2021〕53号。',
    );
    expect(regionDescription('440100', [], words('zh-Hans'), null)).toBe('暂无广州市的归并清单。12345 在各地都能拨打。');
  });

  it('a /n/ page: the national change when one decides, else the regions’ lists counted', () => {
    expect(numberDescription('12369', '环保', stopped, [], words('zh-Hans'))).toBe('全国 12369：2024年4月底起已停用，请拨打 12345。依据某部《关于某号码的通知》。');
    expect(numberDescription('12333', '社保', null, ['cancelled', 'parallel', 'parallel'], words('en'))).toBe("12333 社保 in 3 regions' lists: still working 2, cancelled 1.");
    expect(numberDescription('96889', '本地', null, [], words('zh-Hans'))).toBe('96889 本地：本站收录的清单都没有列出这个号码。');
  });

  it('names a document by issuer and number, or by its title where it has none', () => {
    expect(documentName(quanzhou)).toBe('泉州市人民政府办公室泉政办〔2021〕53号');
    expect(documentName({ issuer: null, title: '某清单', documentNumber: null })).toBe('《某清单》');
  });
});
