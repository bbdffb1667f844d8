import type { Answer } from './engine/answer.ts';
import type { DataText } from './locale/data-text.ts';

/** A translate function: a key and values in, a sentence out (i18next's `t`). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** What a sentence about the data needs in one language: its strings, region names and the documents' text. */
export interface Words {
  tr: Translate;
  region: (code: string) => string;
  text: (chinese: string) => DataText;
}

/**
 * Writes an ISO date the way the language reads it.
 * @example formatDate('2021-10-01', t('zh-Hans')) // '2021年10月1日'
 */
export function formatDate(iso: string, t: Translate): string {
  return t('date.full', { date: new Date(`${iso}T00:00:00Z`) });
}

/** One sentence backing the verdict; `quote` is the document's own words, shown after it. */
export interface Detail {
  text: string;
  quote?: DataText;
}

/** The plain-language answer: a one-line verdict and the sentences that back it. */
export interface AnswerText {
  verdict: string;
  details: Detail[];
}

/**
 * Puts an answer into plain words, for every case including "no list" and
 * "this list does not mention the number". Never states more than the data.
 * @example answerText(answer, { region: '350500', number: '12369' }, words).verdict // '已停用，请拨打 12345'
 */
export function answerText(answer: Answer, at: { region: string; number: string }, words: Words): AnswerText {
  const { tr: t } = words;
  const region = words.region(at.region);
  const base = { region, number: at.number };
  const said = (text: string): Detail => ({ text });
  switch (answer.kind) {
    case 'noList':
      return { verdict: t('verdict.noList', base), details: [said(t('explain.noList', base))] };
    case 'notMentioned':
      return { verdict: t('verdict.notMentioned', base), details: [said(t('explain.notMentioned', base))] };
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
          : t(`verdict.${status.verdict}`);
      const details = [
        said(status.statusSince ? t('explain.since', { date: formatDate(status.statusSince, t) }) : t('explain.sinceUndated')),
      ];
      if (line.schedule) {
        details.push({ text: t('explain.scheduleText'), quote: words.text(line.schedule.text) });
        if (line.schedule.yearAssumed) details.push(said(t('explain.yearAssumed')));
      }
      details.push(said(t(`explain.agents.${line.agents ?? 'unknown'}`)));
      if (line.answeredBy) details.push({ text: t('explain.answeredBy'), quote: words.text(line.answeredBy) });
      if (line.foldedInto) details.push(said(t('explain.foldedInto', { number: line.foldedInto })));
      if (line.exception) details.push({ text: t('explain.exception', { region }), quote: words.text(line.exception) });
      return { verdict, details };
    }
  }
}
