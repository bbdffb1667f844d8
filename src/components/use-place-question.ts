import { useCallback, useMemo, useState } from 'preact/hooks';
import type { Option } from './Combobox.tsx';
import { useJson } from './use-json.ts';
import { readT2S } from '../lib/search/normalise.ts';
import { createPlaceSearch, placeEntries, type PlaceEntry, type PlaceFile } from '../lib/places/search/places.ts';
import { otherEntries, type OtherNamesFile } from '../lib/places/search/other-names.ts';
import { regionPlaces, type RegionFile } from '../lib/search/region-search.ts';
import { askQuestion, wantsOtherNames, type Answer } from '../lib/search/question.ts';
import { rememberRegion, rememberedRegion } from '../lib/browser/remembered-region.ts';

/** What the home page's box needs to take places too. */
export interface PlaceQuestion {
  /** /search/regions.json: precached, loaded with the page. */
  regions: string;
  /** /search/places.json: loaded when the citizen starts typing. */
  places: string;
  /** /search/other-names.json: former names and zones, loaded only when a query finds no current name. */
  others: string;
  /** The language's root (the base path, or /en/ under it), for links. */
  base: string;
  strings: {
    /** "{{region}}, {{province}}": where a county-level place belongs. */
    of: string;
    /** "查看{{region}}的答案". */
    answer: string;
    /** "{{place}}属于{{region}}：查看{{region}}的答案". */
    answerVia: string;
    /** Said when a number names no place we know (an unknown area code, a mobile number). */
    unknown: string;
    /** Said when a query names a place that is no county-level division we know (火星区, 某某开发区). */
    notPlace: string;
    /** "{{region}}" is replaced with the remembered region's name. */
    remembered: string;
    /** Said in the same place before any region is remembered. */
    rememberHint: string;
    /** A national line answered for the region chosen last time: "按您上次选的{{region}}回答". */
    rememberedAnswer: string;
  };
}

const NO_PLACES = 'no place data' as const;
const NO_OTHERS = 'no former names' as const;

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

/**
 * The place layer of the home page's box: recognises a place (a region, a
 * county, an area code) in what the citizen typed and passes the rest to the
 * hotline search, whose results it turns into that region's answers. The
 * place data is fetched only once the citizen is about to type (`start`).
 * Without `question` the hotline search is returned as it is.
 */
export function usePlaceQuestion(question: PlaceQuestion | undefined, hotlines: ((q: string) => Option[] | null) | null) {
  const regionFile = useJson<RegionFile>(question?.regions ?? null);
  const [placesSrc, setPlacesSrc] = useState<string | null>(null);
  // Should the place data fail to arrive (offline without it), places are matched by the regions alone.
  const placeData = useJson<PlaceFile | typeof NO_PLACES>(placesSrc, NO_PLACES);
  const placeFile = placeData === NO_PLACES ? null : placeData;
  const start = useCallback(() => setPlacesSrc(question?.places ?? null), [question]);
  const [othersSrc, setOthersSrc] = useState<string | null>(null);
  // Should the former names fail to arrive (offline without them), the question is answered without them.
  const othersData = useJson<OtherNamesFile | typeof NO_OTHERS>(othersSrc, NO_OTHERS);
  const others = othersData === NO_OTHERS ? null : othersData;

  const index = useMemo(() => {
    if (!question || !regionFile) return null;
    const entries = placeFile ? placeEntries(placeFile) : regionPlaces(regionFile);
    const byCode = new Map(entries.map((e) => [e.code, e]));
    const answered = new Map((placeFile?.answers ?? []).flatMap((g) => g.regions.map((r) => [r, new Set(g.numbers)] as const)));
    // Former names and zones, once loaded, are found as places are: each leads to the division it is now.
    const other = placeFile && others ? otherEntries(others, (code) => byCode.get(code)) : [];
    const places = createPlaceSearch([...entries, ...other]);
    const t2s = readT2S((placeFile ? placeFile.t2s : regionFile.t2s) + (others?.t2s ?? ''));
    return { places, byCode, answered, t2s, areaCodes: placeFile?.areaCodes ?? {}, complete: other.length > 0 };
  }, [question, regionFile, placeFile, others]);

  const details = useMemo(() => new Map((regionFile?.regions ?? []).map((r) => [r.code, r.detail])), [regionFile]);

  const remembered = useMemo(() => {
    const code = regionFile ? rememberedRegion() : null;
    return regionFile?.regions.find((r) => r.code === code) ?? null;
  }, [regionFile]);

  const ask = useMemo(() => {
    if (!question || !index || !hotlines) return null;
    const { base, strings } = question;
    const labelOf = (code: string) => index.byCode.get(code)?.label ?? code;
    const within = (p: PlaceEntry) => {
      const province = `${p.code.slice(0, 2)}0000`;
      if (p.level === 'county') return p.region === province ? labelOf(province) : fill(strings.of, { region: labelOf(p.region), province: labelOf(province) });
      return p.level === 'city' ? labelOf(province) : '';
    };
    const via = (p: PlaceEntry) => (p.level === 'county' ? `#via-${p.code}` : '');
    const toOption = (a: Answer<Option>): Option => {
      if (a.kind === 'hotline') return a.hotline;
      const region = labelOf(a.place.region);
      if (a.kind === 'place') return { href: `${base}${a.place.region}/${via(a.place)}`, key: a.place.label, label: within(a.place), detail: details.get(a.place.region) ?? '', region: a.place.region };
      const detail = a.place.level === 'county' ? fill(strings.answerVia, { place: a.place.label, region }) : fill(strings.answer, { region });
      // The region's answer keeps what its line says at once (a person in danger: 110 or 120).
      return { href: `${base}${a.place.region}/${a.number}/${via(a.place)}`, key: a.number, label: a.hotline.label, detail, region: a.place.region, notice: a.hotline.notice };
    };
    const national = (h: Option) => (h.href === `${base}n/${h.key}/` ? h.key : null);
    let last: { query: string; unknown: boolean; notPlace: boolean } = { query: '', unknown: false, notPlace: false };
    const search = (query: string): Option[] | null => {
      // Until the place data is in, a place is not answered from the regions alone (峨眉山市 would list 眉山):
      // the box says it is looking. A line in danger's answer never waits: it needs no place.
      if (placeData === null) {
        const now = hotlines(query);
        return now?.[0]?.notice ? now : null;
      }
      let waiting = false;
      const asked = askQuestion(query, {
        places: index.places,
        place: (code) => index.byCode.get(code),
        areaCodes: index.areaCodes,
        hotlines: (q) => {
          const found = hotlines(q);
          if (found === null) waiting = true;
          return found ?? [];
        },
        numberOf: national,
        answers: (region, number) => index.answered.get(region)?.has(number) ?? false,
        t2s: index.t2s,
      });
      // A hotline answer waits for the sound table: no list it would change.
      if (waiting) return null;
      // No current name found: the former names and zones are fetched (once), and the box says it is looking
      // until they are in (襄樊 never first says "没有找到"); the question is then asked again with them.
      if (!index.complete && placeFile && wantsOtherNames(query, asked, { places: index.places, t2s: index.t2s })) {
        if (othersSrc === null) {
          const src = question.others;
          // Set after this render, not while it runs; by a promise, since Chrome 69 has no queueMicrotask.
          void Promise.resolve().then(() => setOthersSrc(src));
          return null;
        }
        if (othersData === null) return null;
      }
      last = { query, unknown: asked.unknownPlace, notPlace: asked.notPlace === true };
      // No place named, but one chosen last time: a national line is answered for it, and says so.
      if (remembered && asked.results.every((a) => a.kind === 'hotline')) {
        return asked.results.map((a) => {
          const number = a.kind === 'hotline' && !a.hotline.notice ? national(a.hotline) : null;
          if (!number || !index.answered.get(remembered.code)?.has(number)) return toOption(a);
          const detail = fill(strings.rememberedAnswer, { region: remembered.label });
          return { ...a.hotline, href: `${base}${remembered.code}/${number}/`, detail, region: remembered.code };
        });
      }
      return asked.results.map(toOption);
    };
    // One question down each path now (a place alone, with a problem, in pinyin, an area code with a number), so
    // the citizen's first keystroke is not the one that compiles them.
    for (const warm of ['晋江', '泉州 公积金', 'jinjiang pension', '0595-12369']) search(warm);
    return { search, noneFor: (query: string) => (last.query !== query ? null : last.unknown ? strings.unknown : last.notPlace ? strings.notPlace : null) };
  }, [question, index, hotlines, details, remembered, placeData, othersSrc, othersData]);

  return {
    search: question ? (ask?.search ?? null) : hotlines,
    noneFor: ask?.noneFor,
    start: question ? start : undefined,
    choose: (o: Option) => o.region && rememberRegion(o.region),
    remembered,
  };
}
