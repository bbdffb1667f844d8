import type { Answer, ListAnswer } from '../engine/answer.ts';
import type { Resolution } from '../engine/resolve.ts';
import type { HeldInPart } from '../schema/source.ts';
import type { Change, OurWords } from '../schema/change.ts';
import type { DataText } from '../locale/data-text.ts';

/**
 * Where the text we hold of a region's list stops, when a page must say so beside an answer: an
 * answer past the break already says why in its own words; a national change's answer there does not.
 * @example partialNotice(nanning, nanning12366) // null: 南宁's answer for 12366 itself says our copy stops before it
 */
export function partialNotice(resolution: Resolution, answer: Pick<Answer, 'kind' | 'change'>): HeldInPart | null {
  if (resolution.kind === 'none' || (answer.kind === 'pastBreak' && !answer.change)) return null;
  return resolution.list.source.heldInPart;
}

/** A translate function: a key and values in, a sentence out (i18next's `t`). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** What a sentence about the data needs in one language: its strings, region names, the documents' text and our own words. */
export interface Words {
  tr: Translate;
  region: (code: string) => string;
  text: (chinese: string) => DataText;
  /** A text we wrote (a change's summary), in this language. */
  ours: (words: OurWords) => string;
}

/**
 * Writes an ISO date the way the language reads it.
 * @example formatDate('2021-10-01', t('zh-Hans')) // '2021年10月1日'
 */
export function formatDate(iso: string, t: Translate): string {
  return t('date.full', { date: new Date(`${iso}T00:00:00Z`) });
}

/**
 * Writes a change's effective day as precisely as its sources give it.
 * @example formatEffective({ date: '2024-04-30', precision: 'month' }, t('zh-Hans')) // '2024年4月底'
 */
export function formatEffective(effective: Change['effective'], t: Translate): string {
  const date = new Date(`${effective.date}T00:00:00Z`);
  return effective.precision === 'month' ? t('date.monthEnd', { date }) : formatDate(effective.date, t);
}

/**
 * One sentence backing the verdict; `quote` is the document's own words, shown
 * after it, under `label` where the document prints them under a heading (完成时间).
 */
export interface Detail {
  text: string;
  label?: DataText;
  quote?: DataText;
}

/** The plain-language answer: a one-line verdict, the sentences that back it, and what the list said before a national change. */
export interface AnswerText {
  verdict: string;
  details: Detail[];
  /** The region's list, kept as history once a national change decides the answer; null otherwise. */
  history: { heading: string; verdict: string; details: Detail[] } | null;
}

const said = (text: string): Detail => ({ text });

/** What the region's list alone says: the 2021 layer. */
function listText(answer: ListAnswer, at: { region: string; number: string }, words: Words): Omit<AnswerText, 'history'> {
  const { tr: t } = words;
  const region = words.region(at.region);
  const base = { region, number: at.number };
  switch (answer.kind) {
    case 'noList':
      return { verdict: t('verdict.noList', base), details: [said(t('explain.noList', base))] };
    case 'notMentioned':
      return { verdict: t('verdict.notMentioned', base), details: [said(t('explain.notMentioned', base))] };
    case 'pastBreak':
      return {
        verdict: t('partial.verdict', base),
        details: [
          said(t('partial.explain', { ...base, why: words.ours(answer.heldInPart.why) })),
          { text: t('partial.stopsAt'), quote: words.text(answer.heldInPart.stopsAfter) },
        ],
      };
    case 'otherRegions': {
      const regions = answer.onlyIn.map(words.region);
      return { verdict: t('verdict.otherRegions', { ...base, regions }), details: [said(t('explain.otherRegions', { ...base, regions }))] };
    }
    case 'line': {
      const { line, status } = answer;
      const verdict =
        status.verdict === 'cancelling'
          ? status.cancelledFrom
            ? t('verdict.cancelling', { date: formatDate(status.cancelledFrom, t) })
            : t('verdict.cancellingUndated')
          : status.verdict === 'subcenter' && line.allDay
            ? t('verdict.subcenterAllDay')
            : t(`verdict.${status.verdict}`);
      const details = [
        said(status.statusSince ? t('explain.since', { date: formatDate(status.statusSince, t) }) : t('explain.sinceUndated')),
      ];
      if (line.schedule) {
        const { label } = line.schedule;
        details.push({ text: t('explain.scheduleText'), ...(label ? { label: words.text(label) } : {}), quote: words.text(line.schedule.text) });
        if (line.schedule.yearAssumed) details.push(said(t('explain.yearAssumed')));
      }
      // Only the document's words earn a promise of hours: the verdict says 7×24 only with them.
      if (status.verdict === 'subcenter' && line.allDay) details.push({ text: t('explain.allDay'), quote: words.text(line.allDay) });
      details.push(said(t(`explain.agents.${line.agents ?? 'unknown'}`)));
      if (line.agents && line.inferred.agents) details.push(said(t('explain.agentsInferred')));
      if (line.department) {
        details.push({ text: t(line.inferred.department ? 'explain.departmentInferred' : 'explain.department'), quote: words.text(line.department) });
      }
      if (line.answeredBy) details.push({ text: t('explain.answeredBy'), quote: words.text(line.answeredBy) });
      if (line.foldedInto) details.push(said(t('explain.foldedInto', { number: line.foldedInto })));
      if (line.exception) details.push({ text: t('explain.exception', { region }), quote: words.text(line.exception) });
      return { verdict, details };
    }
  }
}

/**
 * The verdict a national change gives, in a few words.
 * @example changeVerdict(stopped12369, words) // '已停用，请拨打 12345'
 */
export function changeVerdict(change: Change, words: Words): string {
  return change.kind === 'reassigned'
    ? words.tr('verdict.reassigned', { service: words.ours(change.now.service!), number: change.now.dial })
    : words.tr('verdict.stopped', { number: change.now.dial });
}

/**
 * A national change in plain words, wherever one is asked about: its verdict, since when,
 * what happened (our words), other channels, and where it holds.
 * @example changeText(stopped12369, words).details[0].text // '自 2024年4月底起停用'
 */
export function changeText(change: Change, words: Words): Omit<AnswerText, 'history'> {
  const { tr: t } = words;
  return {
    verdict: changeVerdict(change, words),
    details: [
      said(t(`change.since.${change.kind}`, { date: formatEffective(change.effective, t) })),
      said(words.ours(change.summary)),
      ...(change.now.also ? [said(t('change.also', { channel: words.ours(change.now.also) }))] : []),
      said(change.scope === 'nationwide' ? t('change.nationwide') : t('change.provinces', { provinces: change.scope.map(words.region) })),
    ],
  };
}

/**
 * Since when a number the list had already stopped is off, and that the national change agrees:
 * one date for the list, one for the change, never the change's date alone.
 * @example agreesText(quanzhou12369, '泉州市', words) // '泉州市清单自 2021年12月1日起已停用；2024年4月底起全国停用'
 */
export function agreesText(answer: Answer & { kind: 'line'; change: Change }, list: string, words: Words): string {
  const { tr: t } = words;
  const { statusSince } = answer.status;
  const { change } = answer;
  return t('change.agrees', {
    list,
    listSince: statusSince ? t('change.listSince', { date: formatDate(statusSince, t) }) : t('change.listSinceUndated'),
    date: formatEffective(change.effective, t),
    scope: change.scope === 'nationwide' ? t('change.scopeNationwide') : t('change.scopeProvinces', { provinces: change.scope.map(words.region) }),
  });
}

/**
 * Puts an answer into plain words, for every case including "no list" and
 * "this list does not mention the number". A national change in force speaks
 * first; the list's answer follows as history. Never states more than the data.
 * @example answerText(answer, { region: '350500', number: '12369' }, words).verdict // '已停用，请拨打 12345'
 */
export function answerText(answer: Answer, at: { region: string; number: string }, words: Words): AnswerText {
  const list = listText(answer, at, words);
  const { change } = answer;
  if (!change) return { ...list, history: null };
  const { tr: t } = words;
  const now = changeText(change, words);
  // Without a row there is no history to keep, only the fact that the region's list is silent.
  if (answer.kind !== 'line') {
    return { ...now, details: [...now.details, said(t(`change.noRow.${answer.kind}`, { region: words.region(at.region), number: at.number }))], history: null };
  }
  const listName = words.region(answer.line.inheritedFrom ?? at.region);
  // A list that had already stopped the number is not superseded: the change agrees with it, and the dates say so.
  if (answer.today?.listAgrees) {
    const [, ...rest] = now.details;
    return { ...now, details: [said(agreesText({ ...answer, change }, listName, words)), ...rest], history: { heading: t('change.historyAgrees', { list: listName }), ...list } };
  }
  return { ...now, history: { heading: t('change.history', { list: listName, date: formatEffective(change.effective, t) }), ...list } };
}
