import type { Translate } from '../lib/answer-text.ts';
import type { ComboboxStrings } from '../components/Combobox.tsx';

/** Strings for the hotline search island, for one region or (no region) the national lines. */
export function hotlineSearchStrings(tr: Translate, regionName: string | null): ComboboxStrings {
  return {
    label: regionName ? tr('search.label', { region: regionName }) : tr('search.labelNational'),
    hint: tr('search.hint'),
    submit: tr('search.submit'),
    count: tr('search.count'),
    none: tr('search.none'),
    noneCall: tr('search.noneCall'),
  };
}

/** Strings for the region picker island. */
export function regionPickerStrings(tr: Translate): ComboboxStrings & { remembered: string; rememberHint: string } {
  return {
    label: tr('search.regionLabel'),
    hint: tr('search.regionHint'),
    submit: tr('search.submit'),
    count: tr('search.regionCount'),
    none: tr('search.regionNoMatch'),
    noneCall: tr('search.noneCall'),
    remembered: tr('search.remembered'),
    rememberHint: tr('search.rememberHint'),
  };
}
