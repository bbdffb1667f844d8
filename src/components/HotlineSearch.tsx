import { useEffect, useState } from 'preact/hooks';
import { Combobox, type ComboboxStrings, type Option } from './Combobox.tsx';
import { createSearch } from '../lib/search/rank.ts';
import type { SearchFile } from '../lib/search/entry.ts';

interface Props {
  /** The region's search data file, /search/{region}.json (or national.json). */
  src: string;
  strings: ComboboxStrings;
}

/** Island: search the hotlines of one region (or the national lines) by number, name, word or pinyin. */
export default function HotlineSearch({ src, strings }: Props) {
  const [search, setSearch] = useState<((q: string) => Option[]) | null>(null);
  useEffect(() => {
    fetch(src)
      .then((response) => response.json() as Promise<SearchFile>)
      .then(({ entries, t2s }) => {
        const find = createSearch(entries, t2s);
        // One query down each path now, so the citizen's first keystroke is not the one that compiles it.
        for (const warm of ['12369', '环保', 'hb']) find(warm);
        setSearch(() => (q: string) => find(q).map((e) => ({ href: e.href, key: e.number, label: e.name, detail: e.verdict })));
      })
      // Offline without the file: the page's own list still answers.
      .catch(() => undefined);
  }, [src]);
  return <Combobox id="hotline-search" strings={strings} search={search} />;
}
