import { getSite } from './site.ts';
import type { Localised } from './locale.ts';
import { answerDescription, documentName, numberDescription, regionDescription } from '../lib/seo/descriptions.ts';
import { shareImageKind, type ShareImageKind } from '../lib/seo/share-image.ts';
import { changeInForce } from '../lib/engine/changes.ts';
import { changeVerdict, formatDate } from '../lib/wording/answer-text.ts';
import { asSentence } from '../lib/wording/sentence.ts';
import type { TodayVerdict } from '../lib/engine/answer.ts';

/** What a search result and a chat preview show of a page: its description and its picture's kind. */
export interface PageMeta {
  description: string;
  image: ShareImageKind;
}

/** /{region}/{number}/ and its poster: the verdict, since when, whose document. */
export async function answerMeta(region: string, number: string, l: Localised): Promise<PageMeta> {
  const site = await getSite();
  const answer = site.answer(region, number);
  const resolution = site.resolution(region);
  return {
    description: answerDescription(answer, { region, number }, l, resolution.kind === 'none' ? null : resolution.list.source),
    image: shareImageKind(answer.today, answer.change),
  };
}

/** /{region}/ and its poster: its lines counted by today's verdict, and whose list. */
export async function regionMeta(region: string, l: Localised): Promise<PageMeta> {
  const site = await getSite();
  const resolution = site.resolution(region);
  const verdicts = site.lines(region).map((a) => a.today.verdict);
  return { description: regionDescription(region, verdicts, l, resolution.kind === 'none' ? null : resolution.list.source), image: 'site' };
}

/** /n/{number}/: the national change when one decides everywhere, else the regions' lists counted. */
export async function numberMeta(number: string, l: Localised): Promise<PageMeta> {
  const site = await getSite();
  const emergency = site.safety.emergency.numbers.find((e) => e.number === number);
  if (emergency) {
    const description = asSentence(l.tr('meta.emergency', { number, name: l.ours(emergency.name), verdict: l.tr('safety.emergencyVerdict', { number }) }), l.tr);
    return { description, image: 'site' };
  }
  const change = changeInForce(site.changes, number, null, site.buildDate);
  const verdicts: TodayVerdict[] = site.regions
    .filter((r) => site.resolution(r.code).kind !== 'none' && site.answered.get(r.code)?.includes(number))
    .flatMap((r) => site.answer(r.code, number).today?.verdict ?? []);
  return {
    description: numberDescription(number, l.hotlineNow(number, change), change, verdicts, l),
    image: change ? shareImageKind({ verdict: change.kind }, change) : 'site',
  };
}

/** /changes/: every national change in force, in a few words each. */
export async function changesMeta(l: Localised): Promise<PageMeta> {
  const site = await getSite();
  const changes = site.changes.map((c) => l.tr('meta.change', { numbers: c.numbers.join(' / '), verdict: changeVerdict(c, l) }));
  return { description: asSentence(l.tr('meta.changes', { changes }), l.tr), image: 'site' };
}

/** /sources/{id}/: whose document, of which day. */
export async function sourceMeta(id: string, l: Localised): Promise<PageMeta> {
  const site = await getSite();
  const { source } = site.documents.get(id)!.list;
  const document = l.text(documentName(source)).text;
  return {
    description: source.date ? l.tr('meta.source', { document, date: formatDate(source.date, l.tr) }) : l.tr('meta.sourceUndated', { document }),
    image: 'site',
  };
}
