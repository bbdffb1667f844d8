import { writtenDate } from './written-date.ts';

/**
 * The notes of the code history's diff files (areacodes' diff/2000-2001.diff…, its diff-spec.md): each run of
 * comment lines describes the change lines right after it, and holds one document or more — a heading (its
 * title), then `文号：`, `日期：` and `来源：` lines, then its text. Pure: the script reads the files.
 */

/** A document a note gives: a reply of the State Council or the Ministry, a province's notice, a yearbook. */
export interface NoteDocument {
  /** Its heading, without the dataset's "（节选）" (an excerpt of it): the title, or a 文号 where that is all it gives. */
  title: string;
  /** 文号, where given: 国函〔2001〕4号. */
  number: string | null;
  /** Its date, YYYY-MM-DD (or YYYY-MM), where given and readable. */
  date: string | null;
  /** Where it was read, where given: the link's words and its address (《国务院公报》2001年第6号, https://www.gov.cn/…). */
  source: { text: string; url: string | null } | null;
  /** Its heading and text, to tell which divisions it names. */
  text: string;
}

/** A change line of a diff file: a record dropped (-), added (+) or keeping its code while a part moved (=). */
export interface ChangeLine {
  sign: '-' | '+' | '=';
  code: string;
  name: string;
}

/** A note and the change lines it describes. */
export interface ChangeNote {
  documents: NoteDocument[];
  lines: ChangeLine[];
}

/** The words and address of a Markdown link, the address's own parentheses kept (维基文库 addresses have them). */
function linkOf(text: string): { text: string; url: string | null } {
  const start = /\[([^\]]*)\]\(/u.exec(text);
  if (!start) return { text: text.trim(), url: null };
  let depth = 1;
  let end = start.index + start[0].length;
  for (; end < text.length && depth > 0; end++) depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
  return { text: start[1]!.trim(), url: text.slice(start.index + start[0].length, end - 1).trim() };
}

/** A 文号: issuer's abbreviation, year in 〔〕, number, 号 (国函〔2001〕4号, 民函〔2019〕75号). */
const DOCUMENT_NUMBER = /^\S+〔\d{4}〕\d+号$/u;

function documentOf(heading: string, body: readonly string[]): NoteDocument {
  const meta = new Map<string, string>();
  for (const line of body) {
    const found = /^(文号|日期|时间|来源)：(.*)$/u.exec(line);
    if (!found) break;
    // "来源：来源：[…]": a slip in one note; the key once is meant.
    meta.set(found[1] === '时间' ? '日期' : found[1]!, found[2]!.replace(/^(来源：)+/u, '').trim());
  }
  const source = meta.get('来源');
  const title = heading.replace(/（节选）$/u, '').trim();
  return {
    title,
    // A heading that is a 文号 alone (## 鲁政字〔2003〕472号) is the document's number.
    number: meta.get('文号') || (DOCUMENT_NUMBER.test(title) ? title : null),
    date: meta.has('日期') ? writtenDate(meta.get('日期')!) : null,
    source: source ? linkOf(source) : null,
    text: [heading, ...body].join('\n'),
  };
}

/**
 * The notes of one diff file, each with the change lines it describes.
 * @example changeNotes('## 国务院关于…的批复\n# 文号：国函〔2001〕4号\n-110224 大兴县>大兴区')[0]?.lines // [{ sign: '-', code: '110224', name: '大兴县' }]
 */
export function changeNotes(diff: string): ChangeNote[] {
  const notes: ChangeNote[] = [];
  let comments: string[] = [];
  let current: ChangeNote | null = null;
  for (const line of diff.split(/\r?\n/u)) {
    if (line.startsWith('#')) {
      comments.push(line.replace(/^#\s?/u, ''));
      current = null;
      continue;
    }
    const change = /^([-+=])(\d{6}) ([^<>]+)/u.exec(line);
    if (!change) continue;
    if (!current) {
      current = { documents: documentsOf(comments), lines: [] };
      notes.push(current);
      comments = [];
    }
    current.lines.push({ sign: change[1] as ChangeLine['sign'], code: change[2]!, name: change[3]!.trim() });
  }
  return notes;
}

/** The documents of a note: each heading (# in the note's own text) and what follows it up to the next. */
function documentsOf(comments: readonly string[]): NoteDocument[] {
  const documents: NoteDocument[] = [];
  let heading: string | null = null;
  let body: string[] = [];
  const close = () => heading !== null && documents.push(documentOf(heading, body));
  for (const line of comments) {
    const found = /^#\s*(.+)$/u.exec(line);
    if (found) {
      close();
      heading = found[1]!;
      body = [];
    } else body.push(line);
  }
  close();
  return documents;
}

/**
 * The document that decided a record's end, of one year's notes: of the note above its line, the first document
 * that names it (by its name, or the name without its level: 撤销番禺、花都市); else the one document of that
 * year whose title names it in full — a note can stand above another change's lines (in 2000-2001.diff, 怀柔's
 * reply 国函〔2001〕175号 above 平谷县's), and a document is never cited for a division it does not name. A
 * document counts only with a 文号 or a date: "来源请求" (a source wanted) or a yearbook says who decided
 * nothing. Null where none does.
 * @param said the name without its level (番禺 of 番禺市), or null where that is no name of its own
 * @example documentFor(notes, { code: '110226', name: '平谷县' }, '平谷')?.number // '国函〔2001〕176号'
 */
export function documentFor(notes: readonly ChangeNote[], record: { code: string; name: string }, said: string | null): NoteDocument | null {
  const decides = (d: NoteDocument) => d.number !== null || d.date !== null;
  const own = notes.find((n) => n.lines.some((l) => l.sign !== '+' && l.code === record.code && l.name === record.name));
  const named = own?.documents.find((d) => decides(d) && (d.text.includes(record.name) || (said !== null && d.text.includes(said))));
  if (named) return named;
  const titled = new Map(notes.flatMap((n) => n.documents).filter((d) => decides(d) && d.title.includes(record.name)).map((d) => [`${d.number} ${d.title}`, d]));
  return titled.size === 1 ? [...titled.values()][0]! : null;
}
