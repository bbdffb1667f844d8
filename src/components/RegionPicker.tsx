import { useMemo } from 'preact/hooks';
import { Combobox, type ComboboxStrings, type Option } from './Combobox.tsx';
import { useJson } from './use-json.ts';
import { createRegionSearch, type RegionFile } from '../lib/search/region-search.ts';
import { readT2S } from '../lib/search/normalise.ts';
import { rememberRegion, rememberedRegion } from '../lib/browser/remembered-region.ts';

interface Props {
  /** /search/regions.json */
  src: string;
  /** The language's root (the base path, or /en/ under it), for region links. */
  base: string;
  strings: ComboboxStrings & {
    /** "{{region}}" is replaced with the remembered region's name. */
    remembered: string;
    /** Said in the same place before any region is remembered. */
    rememberHint: string;
  };
}

/**
 * Island: find a region by name or pinyin. The region chosen is remembered on
 * this device only (localStorage) and offered first on the next visit.
 */
export default function RegionPicker({ src, base, strings }: Props) {
  const file = useJson<RegionFile>(src);
  const search = useMemo(() => {
    if (!file) return null;
    const find = createRegionSearch(file.regions, readT2S(file.t2s));
    return (q: string): Option[] => find(q).map((r) => ({ href: `${base}${r.code}/`, key: r.label, label: r.provinceLabel, detail: r.detail }));
  }, [file, base]);
  // Read once the data is here: it is only offered when it names a region the site knows.
  const remembered = useMemo(() => (file ? (file.regions.find((r) => r.code === rememberedRegion()) ?? null) : null), [file]);
  return (
    <>
      <Combobox id="region-search" param={null} strings={strings} search={search} warm="江" onChoose={(o) => rememberRegion(o.href.slice(base.length, -1))} />
      <p class="remembered">
        {remembered ? (
          <a class="button primary" href={`${base}${remembered.code}/`}>
            {strings.remembered.replace('{{region}}', remembered.label)}
          </a>
        ) : (
          strings.rememberHint
        )}
      </p>
    </>
  );
}
