import { describe, expect, it } from 'vitest';
import { phaseOn, phasesOf } from '../../../src/lib/engine/phases.ts';
import { schedule } from '../../../src/lib/schema/schedule.ts';

const sichuanMerged = schedule.parse({
  phases: [
    { from: '2021-06-01', to: '2021-09-30', dialable: true, text: '过渡期，双号接听' },
    { from: '2021-10-01', dialable: false, text: '注销原热线号码' },
  ],
  text: '6月1日—9月30日为过渡期；10月1日起，注销原热线号码',
  yearAssumed: true,
});

describe('phasesOf', () => {
  it('covers the days before, during and after Sichuan dual dialling', () => {
    const phases = phasesOf({ mode: 'merged', schedule: sichuanMerged });
    expect(phases.map((p) => [p.from, p.to, p.state, p.dialable])).toEqual([
      [null, '2021-05-31', 'before', true],
      ['2021-06-01', '2021-09-30', 'transition', true],
      ['2021-10-01', null, 'final', false],
    ]);
  });

  it('turns a deadline into pending until the day, final from the day after', () => {
    const phases = phasesOf({ mode: 'merged', schedule: schedule.parse({ deadline: '2021-08-31', text: '8 月底' }) });
    expect(phaseOn(phases, '2021-08-31')).toMatchObject({ state: 'pending', dialable: true });
    expect(phaseOn(phases, '2021-09-01')).toMatchObject({ state: 'final', dialable: false, from: '2021-09-01' });
  });

  it('turns a window into before, transition and final', () => {
    const phases = phasesOf({
      mode: 'merged',
      schedule: schedule.parse({ window: { from: '2021-05-01', to: '2021-05-31' }, text: '5月1日至5月31日' }),
    });
    expect(phaseOn(phases, '2021-04-30').state).toBe('before');
    expect(phaseOn(phases, '2021-05-15').state).toBe('transition');
    expect(phaseOn(phases, '2021-06-01')).toMatchObject({ state: 'final', dialable: false });
  });

  it('keeps a parallel or sub-centre number dialable in every phase', () => {
    for (const mode of ['parallel', 'subcenter'] as const) {
      expect(phasesOf({ mode, schedule: sichuanMerged }).every((p) => p.dialable)).toBe(true);
    }
  });

  it('gives an undated line one final phase from no known date', () => {
    expect(phasesOf({ mode: 'merged', schedule: null })).toEqual([
      { from: null, to: null, state: 'final', dialable: false, text: null },
    ]);
  });
});

describe('schedule schema', () => {
  it('refuses phases with a gap between them', () => {
    const result = schedule.safeParse({
      phases: [
        { from: '2021-06-01', to: '2021-09-30', dialable: true, text: 'a' },
        { from: '2021-10-02', dialable: false, text: 'b' },
      ],
      text: 'x',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('2021-10-01');
  });

  it('refuses a schedule with two forms at once', () => {
    const result = schedule.safeParse({ deadline: '2021-08-31', window: { from: '2021-05-01', to: '2021-05-31' }, text: 'x' });
    expect(result.error?.issues[0]?.message).toBe('exactly one of deadline, window or phases (found 2)');
  });
});
