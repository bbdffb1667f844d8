import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Combobox, type ComboboxStrings, type Option } from './Combobox.tsx';
import { useJson } from './use-json.ts';
import { usePlaceQuestion, type PlaceQuestion } from './use-place-question.ts';
import { createSearch } from '../lib/search/rank.ts';
import type { SafetyFile, SearchEntry, SearchFile } from '../lib/search/entry.ts';
import { withSafety } from '../lib/search/safety.ts';
import { failSoft } from '../lib/browser/fail-soft.ts';
import { needsSafetyNet } from '../lib/search/safety-net.ts';
import type { SoundFile } from '../lib/search/sounds.ts';

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
  /** /search/sounds.json: the common characters' sounds, fetched only when a query matches no word as typed (社宝). */
  sounds: string;
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

/**
 * One query down each path (digits, Chinese words and their character pairs, typos, pinyin, initials, English, and a
 * sentence whose words begin one of the safety check's patterns, so that its matcher with gaps is compiled too).
 */
const WARM = ['12369', '拖欠工资', '公基金', 'gongjijing', 'gjj', 'unpaid wages', '我真的不想再活下去了'];
/**
 * How many more times each is asked while the browser is idle, and once more when the box gets focus (while a phone's
 * keyboard opens): V8 compiles a function to faster code only once it has run several times, and drops code a page has
 * not run for a while, so a first keystroke typed seconds after the page loaded paid for both. Measured on 2026-12-07,
 * 350500 at 4× in Chromium, 36 loads each, typed 2.5 s after load and 0.3 s after focus (a script of the lead's): the
 * first keystroke's median 13.3 → 10.1 ms, worst 25.3 → 16.0 ms, over a frame 7 → 0; in Node, the first of 18 queries
 * after ten rounds took 5.4–6.3 ms in all against 9.6–12.4 after one.
 */
const WARM_ROUNDS = 10;
/** Asks each path once. */
const warmUp = (find: (q: string) => unknown) => WARM.forEach((q) => find(q));

// Should the safety file fail to arrive, the search still answers with the page's own file.
const NO_SAFETY: SafetyFile = { entries: [], t2s: '', pinyin: '', crisis: { first: [], notice: { text: '', dial: [] } } };

/** Island: search the hotlines of one region (or the national lines) by number, name, word or pinyin; on the home page, places as well. */
export default function HotlineSearch({ src, safety: safetySrc, sounds: soundsSrc, strings, noList, places }: Props) {
  // Without its own data file the search can never start: the box becomes the no-JavaScript path.
  const file = useJson<SearchFile>(src, null, () => failSoft('hotline-search'));
  const safety = useJson<SafetyFile>(safetySrc, NO_SAFETY);
  const [sounds, setSounds] = useState<string | null>(null);
  const soundsAsked = useRef(false);
  const base = useMemo(() => {
    if (!file || !safety) return null;
    const find = createSearch(withSafety(file, safety));
    // Each path once now: the citizen's first keystroke is not the one that compiles them or loads the word
    // splitter's dictionary.
    warmUp(find);
    return find;
  }, [file, safety]);
  useEffect(() => {
    if (!base) return;
    // Then again while the browser is idle, one query at a time, so that a keystroke never waits behind more than one.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
    const queue = Array.from({ length: WARM_ROUNDS }, () => WARM).flat();
    let stopped = false;
    const next = () => {
      const query = queue.shift();
      if (stopped || query === undefined) return;
      base(query);
      idle(next);
    };
    idle(next);
    return () => {
      stopped = true;
    };
  }, [base]);
  const hotlines = useMemo(() => {
    if (!base) return null;
    const find = sounds === null ? base : base.withSounds(sounds);
    if (sounds !== null) find('社宝');
    // Null while the query waits for the sound table: the box says it is still looking, and shows no list the table would change.
    return (q: string): Option[] | null => {
      const { found, needsSounds } = find.lookup(q, true);
      if (needsSounds) {
        if (!soundsAsked.current) {
          soundsAsked.current = true;
          // Without it (offline), the search answers as it can, by words as typed. Asked after this keystroke's
          // results are drawn: starting a fetch costs a slow phone several milliseconds.
          setTimeout(() => fetch(soundsSrc)
            .then((response) => response.json() as Promise<SoundFile>)
            .then((table) => setSounds(table.sounds))
            .catch(() => setSounds('')));
        }
        return null;
      }
      return found.map((e) => inRegion(e, { href: e.href, key: e.number, label: e.label, detail: e.verdict, notice: e.notice }, noList));
    };
  }, [base, sounds, noList, soundsSrc]);
  const question = usePlaceQuestion(places, hotlines);
  return (
    <>
      <Combobox id="hotline-search" strings={strings} search={question.search} warm="123" onStart={question.start} onFocus={() => base && warmUp(base)} noneFor={question.noneFor} onChoose={question.choose} net={needsSafetyNet} />
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
