import { useMemo } from 'preact/hooks';
import { Combobox, type ComboboxStrings, type Option } from './Combobox.tsx';
import { useJson } from './use-json.ts';
import { usePlaceQuestion, type PlaceQuestion } from './use-place-question.ts';
import { createSearch } from '../lib/search/rank.ts';
import type { SearchFile } from '../lib/search/entry.ts';

interface Props {
  /** The region's search data file, /search/{region}.json (or national.json). */
  src: string;
  strings: ComboboxStrings;
  /** On the home page: places too (晋江, 0595-12369, 泉州 公积金), and the region chosen last time. */
  places?: PlaceQuestion;
}

/** Island: search the hotlines of one region (or the national lines) by number, name, word or pinyin; on the home page, places as well. */
export default function HotlineSearch({ src, strings, places }: Props) {
  const file = useJson<SearchFile>(src);
  const hotlines = useMemo(() => {
    if (!file) return null;
    const find = createSearch(file);
    // One query down each path now (digits, Chinese words and their character pairs, typos through
    // Fuse, pinyin, initials, English): the citizen's first keystroke is not the one that compiles
    // them or loads the word splitter's dictionary.
    for (const warm of ['12369', '拖欠工资', '公基金', 'gongjijing', 'gjj', 'unpaid wages']) find(warm);
    return (q: string): Option[] => find(q).map((e) => ({ href: e.href, key: e.number, label: e.label, detail: e.verdict }));
  }, [file]);
  const question = usePlaceQuestion(places, hotlines);
  return (
    <>
      <Combobox id="hotline-search" strings={strings} search={question.search} warm="123" onStart={question.start} noneFor={question.noneFor} onChoose={question.choose} />
      {places && (
        <p class="remembered needs-js">
          {question.remembered ? (
            <a class="button primary" href={`${places.base}${question.remembered.code}/`}>
              {places.strings.remembered.replace('{{region}}', question.remembered.label)}
            </a>
          ) : (
            places.strings.rememberHint
          )}
        </p>
      )}
    </>
  );
}
