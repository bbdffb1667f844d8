import { useEffect, useState } from 'preact/hooks';
import { Combobox, type ComboboxStrings, type Option } from './Combobox.tsx';
import { createRegionSearch, type RegionFile } from '../lib/search/region-search.ts';
import { rememberRegion, rememberedRegion } from '../lib/browser/remembered-region.ts';

interface Props {
  /** /search/regions.json */
  src: string;
  /** The site's base path, for region links. */
  base: string;
  strings: ComboboxStrings & {
    /** "{region}" is replaced with the remembered region's name. */
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
  const [search, setSearch] = useState<((q: string) => Option[]) | null>(null);
  const [remembered, setRemembered] = useState<{ code: string; name: string } | null>(null);
  useEffect(() => {
    fetch(src)
      .then((response) => response.json() as Promise<RegionFile>)
      .then(({ regions, t2s }) => {
        const code = rememberedRegion();
        const known = regions.find((r) => r.code === code);
        if (known) setRemembered(known);
        const find = createRegionSearch(regions, t2s);
        setSearch(() => (q: string) =>
          find(q).map((r) => ({ href: `${base}${r.code}/`, key: r.name, label: r.province, detail: r.detail })),
        );
      })
      .catch(() => undefined);
  }, [src, base]);
  return (
    <>
      <Combobox id="region-search" param={null} strings={strings} search={search} onChoose={(o) => rememberRegion(o.href.slice(base.length, -1))} />
      <p class="remembered">
        {remembered ? (
          <a class="button primary" href={`${base}${remembered.code}/`}>
            {strings.remembered.replace('{region}', remembered.name)}
          </a>
        ) : (
          strings.rememberHint
        )}
      </p>
    </>
  );
}
