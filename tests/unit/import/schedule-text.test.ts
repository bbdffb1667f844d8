import { describe, expect, it } from 'vitest';
import { scheduleOf } from '../../../src/lib/import/schedule-text.ts';

describe('scheduleOf', () => {
  it('reads a month’s end, a day and a window, with 2021 assumed where no year is printed', () => {
    expect(scheduleOf('8 月底', '完成时间')).toEqual({ deadline: '2021-08-31', text: '8 月底', label: '完成时间', yearAssumed: true });
    expect(scheduleOf('2021年8月底前')).toEqual({ deadline: '2021-08-31', text: '2021年8月底前', yearAssumed: false });
    expect(scheduleOf('12月31日前')).toMatchObject({ deadline: '2021-12-31', yearAssumed: true });
    expect(scheduleOf('于 2021 年 11 月 30 日前')).toMatchObject({ deadline: '2021-11-30', yearAssumed: false });
    expect(scheduleOf('5月1日至 5月31日')).toMatchObject({ window: { from: '2021-05-01', to: '2021-05-31' }, text: '5月1日至 5月31日', yearAssumed: true });
    expect(scheduleOf('2 月底')).toMatchObject({ deadline: '2021-02-28' });
  });

  it('leaves anything else to the editor: phases, conditions, days the calendar lacks', () => {
    expect(scheduleOf('6月1日—9月30日为过渡期，期间暂时保留热线号码，实行双号接听')).toBeNull();
    expect(scheduleOf('2月30日前')).toBeNull();
    expect(scheduleOf('9月1日至8月1日')).toBeNull();
    expect(scheduleOf('尽快')).toBeNull();
  });
});
