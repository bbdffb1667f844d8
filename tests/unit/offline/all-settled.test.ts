import { describe, expect, it } from 'vitest';
import { allSettled } from '../../../src/lib/offline/all-settled.ts';

describe('allSettled (for service workers on engines without Promise.allSettled)', () => {
  it('waits for every promise and reports each as the engine would, in order', async () => {
    const failure = new Error('not kept');
    const late = new Promise<string>((resolve) => setTimeout(() => resolve('late'), 5));
    const ours = await allSettled<string | number>([late, Promise.reject(failure), 3]);
    expect(ours).toEqual([
      { status: 'fulfilled', value: 'late' },
      { status: 'rejected', reason: failure },
      { status: 'fulfilled', value: 3 },
    ]);
    expect(ours).toEqual(await Promise.allSettled<string | number>([Promise.resolve('late'), Promise.reject(failure), 3]));
  });

  it('settles at once for nothing', async () => {
    expect(await allSettled([])).toEqual([]);
  });
});
