import type { ComboboxStrings } from '../components/Combobox.tsx';
import { pluralForms } from './i18n.ts';
import type { Localised } from '../data/locale.ts';

/** Strings for the hotline search island, for one region or (no region) the national lines. */
export function hotlineSearchStrings({ tr, locale }: Localised, regionName: string | null): ComboboxStrings {
  return {
    label: regionName ? tr('search.label', { region: regionName }) : tr('search.labelNational'),
    hint: tr('search.hint'),
    submit: tr('search.submit'),
    lang: locale.code,
    count: pluralForms(locale.code, 'search.count'),
    none: tr('search.none'),
    noneCall: tr('search.noneCall'),
    call: tr('search.call'),
  };
}

/** Strings for the region picker island. */
export function regionPickerStrings({ tr, locale }: Localised): ComboboxStrings & { remembered: string; rememberHint: string } {
  return {
    label: tr('search.regionLabel'),
    hint: tr('search.regionHint'),
    submit: tr('search.submit'),
    lang: locale.code,
    count: pluralForms(locale.code, 'search.regionCount'),
    none: tr('search.regionNoMatch'),
    noneCall: tr('search.noneCall'),
    call: tr('search.call'),
    remembered: tr('search.remembered', { region: '{{region}}' }),
    rememberHint: tr('search.rememberHint'),
  };
}
