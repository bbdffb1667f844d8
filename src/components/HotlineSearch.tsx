import { useMemo } from 'preact/hooks';
import { Combobox, type ComboboxStrings, type Option } from './Combobox.tsx';
import { useJson } from './use-json.ts';
import { usePlaceQuestion, type PlaceQuestion } from './use-place-question.ts';
import { createSearch } from '../lib/search/rank.ts';
import type { SafetyFile, SearchEntry, SearchFile } from '../lib/search/entry.ts';
import { withSafety } from '../lib/search/safety.ts';
import { failSoft } from '../lib/browser/fail-soft.ts';
import { needsSafetyNet } from '../lib/search/safety-net.ts';

/**
 * On the page of a region without a list, which searches the national lines: the region's own
 * answer pages (the numbers national changes decide there), and what to say of any other number.
 */
export interface NoListContext {
  /** Number → the region's answer page for it. */
  answered: Record<string, string>;
  /** "{{number}}" replaced: the site cannot say what happened to it there; 12345 can be called. */
  notice: string;
  /** The detail of a result that leads to the number in other regions. */
  others: string;
}

interface Props {
  /** The region's search data file, /search/{region}.json (or national.json). */
  src: string;
  /** /search/safety.json: the emergency numbers and the crisis words, the same for every region. */
  safety: string;
  strings: ComboboxStrings;
  noList?: NoListContext | undefined;
  /** On the home page: places too (晋江, 0595-12369, 泉州 公积金), and the region chosen last time. */
  places?: PlaceQuestion;
}

/** A result as the region without a list answers it: its own page where it has one, else honestly nothing, and 12345. */
function inRegion(e: SearchEntry, option: Option, noList: NoListContext | undefined): Option {
  if (!noList || e.notice) return option;
  const own = noList.answered[e.number];
  if (own) return { ...option, href: own };
  return { ...option, detail: noList.others, notice: { text: noList.notice.replace('{{number}}', e.number), dial: ['12345'] } };
}

// Should the safety file fail to arrive, the search still answers with the page's own file.
const NO_SAFETY: SafetyFile = { entries: [], t2s: '', pinyin: '', crisis: { first: [], notice: { text: '', dial: [] } } };

/** Island: search the hotlines of one region (or the national lines) by number, name, word or pinyin; on the home page, places as well. */
export default function HotlineSearch({ src, safety: safetySrc, strings, noList, places }: Props) {
  // Without its own data file the search can never start: the box becomes the no-JavaScript path.
  const file = useJson<SearchFile>(src, null, () => failSoft('hotline-search'));
  const safety = useJson<SafetyFile>(safetySrc, NO_SAFETY);
  const hotlines = useMemo(() => {
    if (!file || !safety) return null;
    const find = createSearch(withSafety(file, safety));
    // One query down each path now (digits, Chinese words and their character pairs, typos through
    // Fuse, pinyin, initials, English): the citizen's first keystroke is not the one that compiles
    // them or loads the word splitter's dictionary.
    for (const warm of ['12369', '拖欠工资', '公基金', 'gongjijing', 'gjj', 'unpaid wages']) find(warm);
    return (q: string): Option[] => find(q).map((e) => inRegion(e, { href: e.href, key: e.number, label: e.label, detail: e.verdict, notice: e.notice }, noList));
  }, [file, safety, noList]);
  const question = usePlaceQuestion(places, hotlines);
  return (
    <>
      <Combobox id="hotline-search" strings={strings} search={question.search} warm="123" onStart={question.start} noneFor={question.noneFor} onChoose={question.choose} net={needsSafetyNet} />
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
