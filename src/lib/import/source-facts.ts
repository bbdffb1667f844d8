/** What a document says of itself, each copied from its text; null where it does not say. */
export interface SourceFacts {
  title: { text: string; line: number } | null;
  issuer: string | null;
  documentNumber: string | null;
  date: string | null;
}

const HEADING_MARK = /^#+\s*/u;
/** Spaces between two Chinese characters: a line break of the page or PDF, not the document's (the quote check ignores them). */
const BROKEN_WORD = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;
const NOTICE = /关于印发.+的通知$/u;
const LIST_TITLE = /清单$/u;
const ISSUER = /^(.+?(?:办公厅|办公室|人民政府|委员会|局))关于/u;
const DOCUMENT_NUMBER = /^\p{Script=Han}{1,10}[〔［[]\d{4}[〕］\]]\d+号$/u;
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;

const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/**
 * Reads the document's title (a 关于印发…的通知 line, else the first line ending in 清单 that is not
 * an 附件 reference), its issuer (the title's words before 关于), its 文号 and date where each
 * stands on a line of its own — as a document's head prints them, never as another text cites them.
 * @example sourceFacts('泉政办〔2021〕53号\n泉州市人民政府办公室关于印发泉州市…方案的通知\n2021年11月30日').documentNumber // '泉政办〔2021〕53号'
 */
export function sourceFacts(text: string): SourceFacts {
  const lines = text.split('\n').map((raw, i) => ({ line: i + 1, text: raw.replace(HEADING_MARK, '').trim() })).filter((l) => l.text !== '' && !l.text.includes('\t'));
  const found = (re: RegExp) => lines.find((l) => re.test(l.text.replace(BROKEN_WORD, '')));
  const titleLine = found(NOTICE) ?? lines.find((l) => LIST_TITLE.test(l.text) && !/^附件/u.test(l.text) && l.text.length <= 40);
  const title = titleLine ? { text: titleLine.text.replace(BROKEN_WORD, ''), line: titleLine.line } : null;
  const number = lines.find((l) => DOCUMENT_NUMBER.test(l.text));
  const date = lines.map((l) => DATE.exec(l.text)).find((m) => m !== null);
  return {
    title,
    issuer: title ? (ISSUER.exec(title.text)?.[1] ?? null) : null,
    documentNumber: number?.text ?? null,
    date: date ? iso(date[1]!, date[2]!, date[3]!) : null,
  };
}
