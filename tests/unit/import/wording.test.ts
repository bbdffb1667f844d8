import { describe, expect, it } from 'vitest';
import { agentsStated, modeHeading, modesNamed, otherHeading } from '../../../src/lib/import/wording.ts';

describe('modeHeading', () => {
  it('reads an ordinal then a mode’s own words, in every way the lists number their parts', () => {
    expect(modeHeading('一、整体并入')).toEqual({ section: '一、整体并入', mode: 'merged', rest: '' });
    expect(modeHeading('二、双号并行（保留号码，将话务座席并入 12345 热线统一管理）')?.mode).toBe('parallel');
    expect(modeHeading('(三) 设分中心的 5 条')).toMatchObject({ section: '(三) 设分中心', mode: 'subcenter' });
    expect(modeHeading('（一）整体并入。取消12300、12301')).toEqual({ section: '（一）整体并入', mode: 'merged', rest: '。取消12300、12301' });
  });

  it('is no heading where the mode is not right after the ordinal, or there is no ordinal', () => {
    expect(modeHeading('（二）保留号码，双号并行的9条')).toBeNull();
    expect(modeHeading('整体并入和双号并行不保留座席的部门')).toBeNull();
    expect(modeHeading('三、保障措施')).toBeNull();
    expect(otherHeading('三、保障措施')).toBe(true);
    expect(otherHeading('三、设分中心')).toBe(false);
  });
});

describe('modesNamed and agentsStated', () => {
  it('takes only the modes’ own words, not paraphrases', () => {
    expect(modesNamed('已整体并入，停止话务服务。')).toEqual(['merged']);
    expect(modesNamed('取消号码和话务座席')).toEqual([]);
  });

  it('reads what a text says of the agents only when it says one thing', () => {
    expect(agentsStated('保留号码和话务座席，建立转接机制')).toBe('kept');
    expect(agentsStated('保留号码，取消话务座席，由12345热线统一接听')).toBe('cancelled');
    expect(agentsStated('将话务座席统一归并到市级12345热线')).toBe('managed');
    expect(agentsStated('保留号码，将话务座席并入 12345 热线统一管理')).toBe('managed');
    expect(agentsStated('保留省直公积金中心12329热线话务座席。保留号码和话务座席。各设区市话务座席并入本地区12345热线统一管理')).toBeNull();
    expect(agentsStated('与 12345 热线建立电话转接机制')).toBeNull();
  });
});
