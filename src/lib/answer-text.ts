import type { Answer } from './engine/answer.ts';

/** A translate function: a key and values in, a sentence out (i18next's `t`). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * Writes an ISO date the way the locale reads it.
 * @example formatDate('2021-10-01', t) // '2021年10月1日'
 */
export function formatDate(iso: string, t: Translate): string {
  const [year, month, day] = iso.split('-').map(Number);
  return t('date.full', { year, month, day });
}

/** The plain-language answer: a one-line verdict and the sentences that back it. */
export interface AnswerText {
  verdict: string;
  details: string[];
}

/**
 * Puts an answer into plain words, for every case including "no list" and
 * "this list does not mention the number". Never states more than the data.
 * @param names region code → name, for regions the answer mentions
 * @example answerText(answer, { region: '350500', number: '12369' }, names, t).verdict // '已停用，请拨打 12345'
 */
export function answerText(
  answer: Answer,
  at: { region: string; number: string },
  names: (code: string) => string,
  t: Translate,
): AnswerText {
  const region = names(at.region);
  const base = { region, number: at.number };
  switch (answer.kind) {
    case 'noList':
      return { verdict: t('verdict.noList', base), details: [t('explain.noList', base)] };
    case 'notMentioned':
      return { verdict: t('verdict.notMentioned', base), details: [t('explain.notMentioned', base)] };
    case 'otherRegions': {
      const regions = answer.onlyIn.map(names).join('、');
      return { verdict: t('verdict.otherRegions', { ...base, regions }), details: [t('explain.otherRegions', { ...base, regions })] };
    }
    case 'line': {
      const { line, status } = answer;
      const verdict =
        status.verdict === 'cancelling'
          ? status.cancelledFrom
            ? t('verdict.cancelling', { date: formatDate(status.cancelledFrom, t) })
            : t('verdict.cancellingUndated')
          : t(`verdict.${status.verdict}`);
      const details = [
        status.statusSince ? t('explain.since', { date: formatDate(status.statusSince, t) }) : t('explain.sinceUndated'),
      ];
      if (line.schedule) {
        details.push(t('explain.scheduleText', { text: line.schedule.text }));
        if (line.schedule.yearAssumed) details.push(t('explain.yearAssumed'));
      }
      details.push(t(`explain.agents.${line.agents ?? 'unknown'}`));
      if (line.answeredBy) details.push(t('explain.answeredBy', { answeredBy: line.answeredBy }));
      if (line.foldedInto) details.push(t('explain.foldedInto', { number: line.foldedInto }));
      if (line.exception) details.push(t('explain.exception', { region, text: line.exception }));
      return { verdict, details };
    }
  }
}
