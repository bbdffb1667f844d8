import { getSite } from './site.ts';
import { localised } from './locale.ts';
import { answerText, changeVerdict } from '../lib/wording/answer-text.ts';
import { changeInForce } from '../lib/engine/changes.ts';
import { searchFile } from '../lib/search/search-file.ts';
import { nowWords } from '../lib/search/build-entries.ts';
import type { SearchFile } from '../lib/search/entry.ts';
import type { RegionFile } from '../lib/search/region-search.ts';
import { pinyinForms } from '../lib/search/pinyin.ts';
import { t2sPairs } from '../lib/search/t2s-map.ts';
import { crisisMark } from './safety.ts';

/** The search file a region's pages load (relative to the language's root): its own, or the national one when no list speaks for it. */
export const searchFileFor = (region: string, hasList: boolean) => `search/${hasList ? region : 'national'}.json`;

/**
 * Every search data file of one language: one per region a list speaks for
 * (the numbers its answer pages answer) and `national` (the national lines,
 * linking to /n/{number}/). Every language matches the same words (Chinese,
 * pinyin, English); only what a result shows and links to is the language's.
 * Verdicts are today's, national changes applied. The crisis line is marked, for
 * the safety file's words to join it in the browser (safetyFile, withSafety).
 */
export async function searchFiles(locale: string | undefined): Promise<Map<string, SearchFile>> {
  const site = await getSite();
  const l = await localised(locale);
  const files = new Map<string, SearchFile>();
  for (const { code: region } of site.built) {
    if (site.resolution(region).kind === 'none') continue;
    const answered = site.answered.get(region)!.map((number) => {
      const answer = site.answer(region, number);
      const line = answer.kind === 'line' ? answer.line : null;
      return {
        number,
        aliases: line?.number === number ? line.aliases : line?.number ? [line.number] : [],
        name: line?.name ?? null,
        label: l.hotlineNow(number, answer.change, line?.name),
        department: line?.department ?? null,
        href: l.href(`${region}/${number}/`),
        verdict: answerText(answer, { region, number }, l).verdict,
        now: nowWords(answer.change),
        ...crisisMark(site.safety, number, answer.change),
      };
    });
    files.set(region, searchFile(answered, site.catalogue));
  }
  const national = [...site.catalogue.values()]
    .filter((h) => h.scope === 'national')
    .map((h) => {
      const change = changeInForce(site.changes, h.number, null, site.buildDate);
      return {
        number: h.number,
        aliases: [],
        name: null,
        label: l.hotlineNow(h.number, change),
        department: null,
        href: l.href(`n/${h.number}/`),
        verdict: change ? changeVerdict(change, l) : l.tr('search.everyRegion'),
        now: nowWords(change),
        ...crisisMark(site.safety, h.number, change),
      };
    });
  files.set('national', searchFile(national, site.catalogue));
  return files;
}
/**
 * The home page's regions in one language (precached): every region with a page, its pinyin, and what the
 * site knows there — what the question offers before the place data arrives, and each result's detail.
 */
export async function regionFile(locale: string | undefined): Promise<RegionFile> {
  const site = await getSite();
  const l = await localised(locale);
  const regions = site.regions.map((r) => {
    const resolution = site.resolution(r.code);
    const forms = pinyinForms([r.name]);
    return {
      code: r.code,
      name: r.name,
      label: l.region(r.code),
      pinyin: forms.pinyin[0] ?? '',
      initials: forms.initials[0] ?? '',
      detail:
        resolution.kind === 'own'
          ? l.tr('search.regionOwn')
          : resolution.kind === 'inherited'
            ? l.tr('search.regionInherited', { province: l.region(resolution.from) })
            : l.tr('search.regionNone'),
    };
  });
  return { regions, t2s: t2sPairs(regions.map((r) => r.name)) };
}
