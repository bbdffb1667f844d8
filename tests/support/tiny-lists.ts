import { list, type List } from '../../src/lib/schema/list.ts';

const source = (id: string) => ({ id, issuer: null, title: `${id} 清单`, documentNumber: null, date: null });
const row = (number: string, mode: string, extra: Record<string, unknown> = {}) => ({
  row: 1, section: '一', number, name: `${number} 热线`, department: null, mode, agents: null, ...extra,
});

/** A province list (福建, 350000) with a Xiamen exception and a line only for 福州. */
export const province: List = list.parse({
  region: '350000',
  source: source('province'),
  counts: { merged: 2, parallel: 1, subcenter: 0, stated: false },
  history: [{ date: '2026-11-23', kind: 'added' }],
  lines: [
    row('12333', 'merged', { agents: 'cancelled', exceptions: [{ region: '350200', mode: 'parallel', agents: 'kept', text: '暂时保留厦门市 12333' }] }),
    row('12319', 'parallel', { onlyIn: ['350100'] }),
    row('12393', 'merged', { aliases: ['96618'], schedule: { deadline: '2021-08-31', text: '8 月底', yearAssumed: true } }),
  ],
});

/** A city list (泉州, 350500) of its own. */
export const city: List = list.parse({
  region: '350500',
  source: source('city'),
  counts: { merged: 0, parallel: 0, subcenter: 1, stated: false },
  history: [{ date: '2026-11-23', kind: 'added' }],
  lines: [row('12366', 'subcenter', { agents: 'kept' })],
});

export const lists = new Map([province, city].map((l) => [l.region, l]));
