import { useMemo } from 'preact/hooks';
import { Combobox, type ComboboxStrings, type Option } from './Combobox.tsx';
import { useJson } from './use-json.ts';
import { createSearch } from '../lib/search/rank.ts';
import type { SearchFile } from '../lib/search/entry.ts';

interface Props {
  /** The region's search data file, /search/{region}.json (or national.json). */
  src: string;
  strings: ComboboxStrings;
}

/** Island: search the hotlines of one region (or the national lines) by number, name, word or pinyin. */
export default function HotlineSearch({ src, strings }: Props) {
  const file = useJson<SearchFile>(src);
  const search = useMemo(() => {
    if (!file) return null;
    const find = createSearch(file);
    // One query down each path now (digits, Chinese words and their character pairs, typos through
    // Fuse, pinyin, initials, English): the citizen's first keystroke is not the one that compiles
    // them or loads the word splitter's dictionary.
    for (const warm of ['12369', '拖欠工资', '公基金', 'gongjijing', 'gjj', 'unpaid wages']) find(warm);
    return (q: string): Option[] => find(q).map((e) => ({ href: e.href, key: e.number, label: e.label, detail: e.verdict }));
  }, [file]);
  return <Combobox id="hotline-search" strings={strings} search={search} warm="123" />;
}
