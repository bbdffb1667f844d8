import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_RESULTS } from '../lib/search/rank.ts';

/** One result: a link, with a bold key (the number) and a line of detail. */
export interface Option {
  href: string;
  key: string;
  label: string;
  detail: string;
  /** Said at once, with its numbers to call, when this option comes first (有生命危险请立即拨打 110 或 120). */
  notice?: { text: string; dial: string[]; urgent?: true } | undefined;
  /** The region the link answers for, where it is one region's page (remembered when followed). */
  region?: string;
}

/** The few strings a combobox shows; islands get them as props, never i18next. */
export interface ComboboxStrings {
  label: string;
  hint: string;
  submit: string;
  /** The language, to choose the plural form of `count`. */
  lang: string;
  /** "N results" in each plural form of the language, "{{count}}" replaced with the number. */
  count: Partial<Record<Intl.LDMLPluralRule, string>>;
  none: string;
  noneCall: string;
  /** A call button's text, "{{number}}" replaced with the number. */
  call: string;
  /** Said while the search is getting ready (its script or data still on the way): what was typed is kept. */
  preparing: string;
  /** The safety net's calm line under an answer to words ("身处危险？请拨打 110 / 120；心理援助 12356"): its numbers become call links. */
  net?: string;
  /** Said while a query's answer waits for data on its way (the place data, the sound table): never a partial answer, never "none". */
  looking: string;
}

interface Props {
  id: string;
  strings: ComboboxStrings;
  /**
   * Null until the search data has loaded. It answers null for a query whose answer waits for data on
   * its way (the place data, the sound table): the box says it is still looking, and shows no list
   * that the data would change, so the first list shown is the one that stays.
   */
  search: ((query: string) => Option[] | null) | null;
  /** Called when the citizen follows a result (to remember a region, say). */
  onChoose?: (option: Option) => void;
  /** Called when the citizen is about to type (focus, or a query in the address): data needed only then is fetched now. */
  onStart?: (() => void) | undefined;
  /** Called when the box gets focus, a moment before the first keystroke (a phone's keyboard opening): work the keystroke would otherwise pay for is done now. */
  onFocus?: (() => void) | undefined;
  /** The sentence to say instead of `strings.none` when a query finds nothing for a reason of its own (an area code we do not know). */
  noneFor?: ((query: string) => string | null) | undefined;
  /** Whether a query and its results get the safety net's line (needsSafetyNet), below everything else. */
  net?: ((query: string, results: readonly Option[]) => boolean) | undefined;
  /** The address parameter that carries the query (?q=); null to keep it out of the address. */
  param?: string | null;
  /**
   * A query with many results, drawn once in the hidden list as soon as the
   * search is ready and cleared at once: the citizen's first keystroke then
   * runs rendering code that is already compiled (measured: the first keystroke
   * otherwise takes several frames on a slow phone). Nothing is shown or announced.
   */
  warm?: string;
}

// Each language's form for each count, chosen once: building a rule set, and even asking it, costs a slow phone
// more than a keystroke should.
const pluralForms = new Map<string, Intl.LDMLPluralRule>();
const countText = (strings: ComboboxStrings, n: number) => {
  const key = `${strings.lang} ${n}`;
  let form = pluralForms.get(key);
  // Safari before 13 has no Intl.PluralRules: the plain form ("other") is said then.
  if (!form) pluralForms.set(key, (form = typeof Intl === 'object' && 'PluralRules' in Intl ? new Intl.PluralRules(strings.lang).select(n) : 'other'));
  return (strings.count[form] ?? strings.count.other ?? '').replace('{{count}}', String(n));
};

/**
 * The search box: the ARIA combobox pattern with a listbox of links.
 * Focus stays in the input; arrow keys move the active option, Enter follows it,
 * Escape clears. A polite live region says how many results there are, and no
 * match offers 12345 itself. A first result with a notice (a person in danger, an
 * emergency number) has it said at once, with its call buttons above the list. The query is kept in ?q= so the address can be shared;
 * without JS the form leads to its help, which points to the page's own lists and 12345.
 * What is typed before the box comes to life is kept, and searched once it can be.
 */
export function Combobox({ id, strings, search, onChoose, onStart, onFocus, noneFor, net, param = 'q', warm }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [warming, setWarming] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const addressTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    // What the citizen typed before the box came to life (a slow connection, a QR code scanned in the street)
    // is kept, caret and all, and searched as soon as the search is ready; else the address's ?q=.
    const box = input.current;
    const typed = box?.value ?? '';
    const asked = typed || (param ? (new URLSearchParams(location.search).get(param) ?? '') : '');
    if (typed && box) {
      const [start, end] = [box.selectionStart, box.selectionEnd];
      requestAnimationFrame(() => box.setSelectionRange(start, end));
      change(typed);
    } else setQuery(asked);
    if (asked.trim()) onStart?.();
  }, [param]);

  useEffect(() => {
    if (!search || !warm) return;
    // Chooses the language's form for every count a list can have now, not on the first keystroke; and asks the
    // safety net of words in both scripts with a result, three times, so that its regular expressions are compiled,
    // and compiled again to machine code (V8 does that on a second run), before the first keystroke.
    for (let n = 0; n <= MAX_RESULTS; n++) countText(strings, n);
    const found: Option[] = [{ href: '', key: '', label: '', detail: '' }];
    for (let i = 0; i < 3; i++) net?.('楼下有个奇怪的味道 strange smell', found);
    setWarming(true);
  }, [search, warm, strings, net]);
  useEffect(() => {
    if (warming) setWarming(false);
  }, [warming]);

  const found = useMemo(() => (search && query.trim() ? search(query) : search && warming && warm ? search(warm) : []), [search, query, warming, warm]);
  const results = found ?? [];
  const asked = search !== null && found !== null && query.trim() !== '';
  const preparing = search === null && query.trim() !== '';
  const looking = search !== null && found === null && query.trim() !== '';
  const open = asked && results.length > 0;
  const notice = open ? results[0]!.notice : undefined;
  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const change = (value: string) => {
    setQuery(value);
    setActive(-1);
    if (!param) return;
    // The address follows once typing pauses, keeping the keystroke itself cheap.
    clearTimeout(addressTimer.current);
    addressTimer.current = setTimeout(() => {
      const url = new URL(location.href);
      if (value.trim()) url.searchParams.set(param, value);
      else url.searchParams.delete(param);
      history.replaceState(history.state, '', url);
    }, 300);
  };


  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, -1));
    } else if (event.key === 'Enter' && active >= 0 && results[active]) {
      event.preventDefault();
      // Clicking the link itself keeps its behaviour: onChoose, and a new tab where links open in one.
      document.getElementById(optionId(active))?.click();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (active >= 0) setActive(-1);
      else change('');
    }
  };

  return (
    <form
      class="search"
      role="search"
      aria-label={strings.label}
      method="get"
      // Without JS the form leads to its help beside the island (SearchHelp.astro, shown by :target), never to a silent reload.
      action={`#${id}-help`}
      onSubmit={(event) => {
        event.preventDefault();
        // Enter and the button go to the only match; with several, the phone's keyboard closes so they can be seen.
        if (results.length === 1 && asked) document.getElementById(optionId(0))?.click();
        else input.current?.blur();
      }}
    >
      <label for={id}>{strings.label}</label>
      <p class="hint" id={`${id}-hint`}>{strings.hint}</p>
      <div class="row">
        <input
          ref={input}
          id={id}
          name={param ?? undefined}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-controls={listId}
          aria-expanded={open}
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          autocomplete="off"
          enterkeyhint="search"
          value={query}
          onInput={(event) => {
            // Typed without focus first (a voice keyboard, an assistive tool): the data typing needs is fetched now.
            onStart?.();
            change(event.currentTarget.value);
          }}
          onFocus={() => {
            onStart?.();
            onFocus?.();
          }}
          onKeyDown={onKeyDown}
        />
        <button type="submit">{strings.submit}</button>
      </div>
      <p class="search-count" role="status" data-preparing={strings.preparing}>
        {asked ? (results.length > 0 ? countText(strings, results.length) : (noneFor?.(query) ?? strings.none)) : preparing ? strings.preparing : looking ? strings.looking : ''}
        {notice && ` ${notice.text}`}
      </p>
      {notice && (
        <div class="search-notice">
          <p>{notice.text}</p>
          <p class="calls">
            {notice.dial.map((n, i) => (
              <a class={`button call${i === 0 ? ' primary' : ''}`} href={`tel:${n}`}>{strings.call.replace('{{number}}', n)}</a>
            ))}
          </p>
        </div>
      )}
      <ul class="search-results" id={listId} role="listbox" aria-label={strings.label} hidden={!open}>
        {results.map((option, i) => (
          <li role="none" key={option.href}>
            <a
              role="option"
              id={optionId(i)}
              href={option.href}
              aria-selected={i === active}
              tabIndex={-1}
              onClick={() => onChoose?.(option)}
            >
              <span class="number">{option.key}</span> <span>{option.label}</span>
              <span class="result-detail">{option.detail}</span>
            </a>
          </li>
        ))}
      </ul>
      {asked && results.length === 0 && (
        <p class="search-none">
          <a class="button primary" href="tel:12345">{strings.noneCall}</a>
        </p>
      )}
      {asked && strings.net && net?.(query, results) && (
        // Last, in small type: never the first thing under the box, never in the way of 12345.
        <p class="search-net">{strings.net.split(/(\d{3,5})/).map((part, i) => (i % 2 === 1 ? <a href={`tel:${part}`}>{part}</a> : part))}</p>
      )}
    </form>
  );
}
