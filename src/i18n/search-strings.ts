import type { ComboboxStrings } from '../components/Combobox.tsx';
import type { PlaceQuestion } from '../components/use-place-question.ts';
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
    preparing: tr('search.preparing'),
    net: tr('search.net'),
    looking: tr('search.looking'),
  };
}

/** Strings for the home page's one question: the box, and what its place results say. */
export function questionStrings(l: Localised): { strings: ComboboxStrings; places: PlaceQuestion['strings'] } {
  const { tr } = l;
  return {
    strings: { ...hotlineSearchStrings(l, null), label: tr('place.label'), hint: tr('place.hint') },
    places: {
      of: tr('place.of', { region: '{{region}}', province: '{{province}}' }),
      answer: tr('place.answer', { region: '{{region}}' }),
      answerVia: tr('place.answerVia', { place: '{{place}}', region: '{{region}}' }),
      unknown: tr('place.unknown'),
      notPlace: tr('place.notPlace'),
      remembered: tr('search.remembered', { region: '{{region}}' }),
      rememberHint: tr('search.rememberHint'),
      rememberedAnswer: tr('place.rememberedAnswer', { region: '{{region}}' }),
    },
  };
}
