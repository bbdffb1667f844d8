import { change, type Change } from '../../src/lib/schema/change.ts';

const source = { issuer: '某部', title: '关于某号码的通知', date: '2024-06-24', url: 'https://example.gov.cn/notice' };

/** Switched off nationwide from 2024-04-30: lines the tiny lists keep merged (12393), parallel (12333 in Xiamen) and as a sub-centre (12366), and 12369 that no tiny list names. */
export const stopped: Change = change.parse({
  id: 'stopped',
  numbers: ['12393', '12333', '12366', '12369'],
  kind: 'stopped',
  announced: '2024-06-24',
  effective: { date: '2024-04-30', precision: 'month' },
  scope: 'nationwide',
  now: { dial: '12345' },
  summary: { zh: '已在全国停用。', en: 'Switched off nationwide.' },
  sources: [source],
});

/** 12319 reassigned to another service, only in Fujian, from 2025-05-01. */
export const reassigned: Change = change.parse({
  id: 'reassigned',
  numbers: ['12319'],
  kind: 'reassigned',
  announced: '2024-12-25',
  effective: { date: '2025-05-01' },
  scope: ['350000'],
  now: { dial: '12319', service: { zh: '新服务热线', en: 'New service line' } },
  summary: { zh: '改作新的服务。', en: 'Now a new service.' },
  sources: [source],
});

export const changes = [stopped, reassigned];
