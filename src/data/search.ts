import { getSite } from './site.ts';
import { t } from '../i18n/i18n.ts';
import { answerFor } from '../lib/engine/answer.ts';
import { answerText } from '../lib/answer-text.ts';
import { searchFile } from '../lib/search/search-file.ts';
import type { SearchFile } from '../lib/search/entry.ts';
import type { RegionFile } from '../lib/search/region-search.ts';
import { pinyinForms } from '../lib/search/pinyin.ts';
import { t2sMap } from '../lib/search/t2s-map.ts';

/** The search file a region's pages load: its own, or the national one when no list speaks for it. */
export const searchFileFor = (region: string, hasList: boolean) => `search/${hasList ? region : 'national'}.json`;

/**
 * Every search data file: one per region a list speaks for (the numbers its
 * answer pages answer) and `national` (the national lines, linking to /n/{number}/).
 */
export async function searchFiles(): Promise<Map<string, SearchFile>> {
  const site = await getSite();
  const tr = t();
  const base = import.meta.env.BASE_URL;
  const files = new Map<string, SearchFile>();
  for (const [region, numbers] of site.answered) {
    const resolution = site.resolution(region);
    const answered = numbers.map((number) => {
      const answer = answerFor(region, resolution, number, site.buildDate);
      const line = answer.kind === 'line' ? answer.line : null;
      return {
        number,
        aliases: line?.number === number ? line.aliases : line?.number ? [line.number] : [],
        name: line?.name ?? null,
        department: line?.department ?? null,
        href: `${base}${region}/${number}/`,
        verdict: answerText(answer, { region, number }, site.name, tr).verdict,
      };
    });
    files.set(region, searchFile(answered, site.catalogue));
  }
  const national = [...site.catalogue.values()]
    .filter((h) => h.scope === 'national')
    .map((h) => ({ number: h.number, aliases: [], name: null, department: null, href: `${base}n/${h.number}/`, verdict: tr('search.everyRegion') }));
  files.set('national', searchFile(national, site.catalogue));
  return files;
}

/** The region picker's data: every region with a page, its pinyin, and what the site knows there. */
export async function regionFile(): Promise<RegionFile> {
  const site = await getSite();
  const tr = t();
  const regions = site.regions.map((r) => {
    const resolution = site.resolution(r.code);
    const forms = pinyinForms([r.name]);
    return {
      code: r.code,
      name: r.name,
      province: r.parent ? site.name(r.parent) : '',
      pinyin: forms.pinyin[0] ?? '',
      initials: forms.initials[0] ?? '',
      detail:
        resolution.kind === 'own'
          ? tr('search.regionOwn')
          : resolution.kind === 'inherited'
            ? tr('search.regionInherited', { province: site.name(resolution.from) })
            : tr('search.regionNone'),
    };
  });
  return { regions, t2s: t2sMap(regions.flatMap((r) => [r.name, r.province])) };
}
