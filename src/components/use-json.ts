import { useEffect, useState } from 'preact/hooks';

/**
 * A JSON data file, fetched once the island is live (or once `src` is given:
 * null waits); null until it arrives, and null for good if it cannot (offline
 * without it: the page's own list still answers), unless a `fallback` is given for that case.
 * `onFail` is told when it cannot arrive (a search that can then never start fails soft).
 */
export function useJson<T>(src: string | null, fallback: T | null = null, onFail?: () => void): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    if (src === null) return;
    fetch(src)
      .then((response) => response.json() as Promise<T>)
      .then(setData)
      .catch(() => {
        setData(fallback);
        onFail?.();
      });
  }, [src]);
  return data;
}
