/**
 * `Promise.allSettled` for the oldest engines the site serves (Chrome and WebView < 76, Safari < 13):
 * workbox-strategies awaits it after each response it keeps (`StrategyHandler.doneWaiting`), so
 * without it such a phone could never save a page for offline. The service worker installs it only
 * where the engine has none.
 * @example await allSettled([Promise.resolve(1), Promise.reject(new Error('x'))])
 * // [{ status: 'fulfilled', value: 1 }, { status: 'rejected', reason: Error('x') }]
 */
export function allSettled<T>(values: Iterable<T | PromiseLike<T>>): Promise<PromiseSettledResult<Awaited<T>>[]> {
  return Promise.all(
    Array.from(values, (value) =>
      Promise.resolve(value).then(
        (settled) => ({ status: 'fulfilled', value: settled }) as PromiseFulfilledResult<Awaited<T>>,
        (reason: unknown) => ({ status: 'rejected', reason }) as PromiseRejectedResult,
      ),
    ),
  );
}
