import type { Translate } from './wording/answer-text.ts';

/**
 * "这条信息不对？": where a citizen reports a wrong answer. The deployment names its
 * data editors' address in FEEDBACK (`mailto:…` or `https://…`), like SITE_ORIGIN and
 * BASE_PATH; without it no page offers the link. The link arrives prefilled, so the
 * editors know which answer, which page and which data the citizen saw.
 */

/**
 * The deployment's feedback address, or null when FEEDBACK is unset.
 * @throws {Error} naming FEEDBACK when it is neither a mailto: nor an https:// address, so no page links to a wrong place
 * @example feedbackTarget({ FEEDBACK: 'mailto:12345@example.gov.cn' })?.protocol // 'mailto:'
 */
export function feedbackTarget(env: Readonly<Record<string, string | undefined>>): URL | null {
  const given = env['FEEDBACK']?.trim();
  if (!given) return null;
  const url = URL.canParse(given) ? new URL(given) : null;
  const ok = (url?.protocol === 'mailto:' && /^[^@\s?]+@[^@\s?]+$/.test(decodeURIComponent(url.pathname))) || (url?.protocol === 'https:' && url.hostname !== '');
  if (!url || !ok) {
    throw new Error(`FEEDBACK: found "${given}"; expected the address citizens' reports go to, mailto:someone@example.gov.cn or https://example.gov.cn/feedback`);
  }
  return url;
}

/** What the report says of the answer the citizen saw. */
export interface Report {
  region: { code: string; name: string };
  /** The number asked about; null on a region's page. */
  number: string | null;
  /** The page's absolute address. */
  page: string;
  /** The page's language, e.g. zh-Hans. */
  language: string;
  /** The data's dates (YYYY-MM-DD): the list's document, the list's last record on the site, the review of national changes. */
  dates: { list: string | null; listRecord: string | null; reviewed: string };
}

/** The fields as an https form reads them: plain names and ISO dates. */
function reportFields(report: Report): [string, string][] {
  const fields: [string, string | null][] = [
    ['region', report.region.code],
    ['number', report.number],
    ['page', report.page],
    ['lang', report.language],
    ['list', report.dates.list],
    ['listRecord', report.dates.listRecord],
    ['reviewed', report.dates.reviewed],
  ];
  return fields.filter((f): f is [string, string] => f[1] !== null);
}

/** The e-mail's subject and body in the page's language, one line per field, a last one for the citizen to fill. */
function reportMail(report: Report, tr: Translate): { subject: string; body: string } {
  const { region, number, dates } = report;
  const lines = [
    tr('report.fieldRegion', { name: region.name, code: region.code }),
    ...(number ? [tr('report.fieldNumber', { number })] : []),
    tr('report.fieldPage', { page: report.page }),
    tr('report.fieldLanguage', { language: report.language }),
    dates.listRecord === null
      ? tr('report.fieldNoList')
      : tr('report.fieldList', { date: dates.list ?? tr('report.undated'), record: dates.listRecord }),
    tr('report.fieldReviewed', { date: dates.reviewed }),
    '',
    tr('report.fieldProblem'),
  ];
  const subject = number ? tr('report.subject', { region: region.name, number }) : tr('report.subjectRegion', { region: region.name });
  return { subject, body: `${lines.join('\n')}\n` };
}

/**
 * The report link: an e-mail with its subject and body written out for a mailto: address (RFC 6068:
 * spaces as %20, never +), the fields as query parameters for an https:// form. Parameters the
 * address already has are kept.
 * @example reportHref(new URL('https://example.gov.cn/report'), quanzhou12369, t('zh-Hans'))
 * // 'https://example.gov.cn/report?region=350500&number=12369&page=…&lang=zh-Hans&list=2021-11-30&listRecord=2026-11-28&reviewed=2026-11-28'
 */
export function reportHref(target: URL, report: Report, tr: Translate): string {
  if (target.protocol === 'mailto:') {
    const { subject, body } = reportMail(report, tr);
    const kept = target.search.slice(1);
    return `mailto:${target.pathname}?${[kept, `subject=${encodeURIComponent(subject)}`, `body=${encodeURIComponent(body)}`].filter(Boolean).join('&')}`;
  }
  const url = new URL(target);
  for (const [name, value] of reportFields(report)) url.searchParams.set(name, value);
  return url.href;
}
