import { useEffect, useState } from 'preact/hooks';

/**
 * A JSON data file, fetched once the island is live; null until it arrives, and
 * null for good if it cannot (offline without it: the page's own list still answers),
 * unless a `fallback` is given for that case.
 */
export function useJson<T>(src: string, fallback: T | null = null): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    fetch(src)
      .then((response) => response.json() as Promise<T>)
      .then(setData)
      .catch(() => setData(fallback));
  }, [src]);
  return data;
}
