/**
 * The document's text from a file as published, by its kind: each reader is a thin adapter
 * around a maintained library and gives the text the way content/sources/ keeps documents —
 * one line per paragraph or table row, a row's cells separated by tabs. What the text says is
 * read in src/lib/import/.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import CFB from 'cfb';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { checkArchive } from '../../src/lib/import/archive-limits.ts';
import { pageDrawing } from '../../src/lib/import/pdf-drawing.ts';
import { pdfText, type Piece, type Rule } from '../../src/lib/import/pdf-rows.ts';
import { decodeDocument } from '../../src/lib/import/text-encoding.ts';

/** A file the importer cannot read: one sentence saying what is wrong and what to do. */
export class ImportError extends Error {
  override name = 'ImportError';
}

const BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'pre', 'caption', 'dt', 'dd', 'header', 'footer', 'main', 'ul', 'ol', 'body', 'html']);
const squeeze = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** An HTML page's text: each block a line, each table row a line of tab-separated cells (a wide cell keeps its span). */
export function htmlText(html: string): string {
  const $ = cheerio.load(html);
  $('script, style, noscript, template').remove();
  const lines: string[] = [];
  const cellText = (cell: Element) => squeeze($(cell).text());
  const walk = (node: AnyNode) => {
    if (node.type === 'text') {
      const text = squeeze((node as unknown as { data: string }).data);
      if (text) lines.push(text);
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    if (el.name === 'table') {
      if (lines.at(-1) !== '') lines.push('');
      $(el).find('tr').each((_, tr) => {
        if ($(tr).closest('table')[0] !== el) return;
        const cells = $(tr).children('th, td').toArray().flatMap((cell) => [cellText(cell), ...Array<string>(Math.max(0, Number($(cell).attr('colspan') ?? 1) - 1)).fill('')]);
        lines.push(cells.join('\t'));
      });
      lines.push('');
      return;
    }
    const hasBlock = $(el).find('*').toArray().some((d) => BLOCKS.has(d.name) || d.name === 'table');
    if (BLOCKS.has(el.name) && !hasBlock) {
      const text = squeeze($(el).text());
      if (text) lines.push(text);
      return;
    }
    for (const child of el.children) walk(child);
    if (el.name === 'br') lines.push('');
  };
  walk($.root()[0]!.children.find((n) => n.type === 'tag') ?? $.root()[0]!);
  return lines.join('\n').replace(/\n{3,}/gu, '\n\n').trim();
}

/** Far above any real list's file (a few hundred KB; a scanned PDF a few MB), far below what would exhaust memory. */
export const INPUT_LIMITS = { fileBytes: 50 * 2 ** 20, pdfPages: 300, textChars: 5 * 2 ** 20 } as const;
const MB = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;

/** The file's bytes, once its size is known to be a list's. */
function readLimited(file: string): Buffer {
  const { size } = statSync(file);
  if (size > INPUT_LIMITS.fileBytes) throw new ImportError(`${file} is ${MB(size)}, more than the ${MB(INPUT_LIMITS.fileBytes)} a list's document may be: import the part of it that is the list (copy its table into a .txt file).`);
  return readFileSync(file);
}

/** The sentence for a Word or Excel file that does not read. */
const damaged = (file: string, kind: 'Word' | 'Excel', extension: string) =>
  new ImportError(`${file} is not a readable ${kind} file (it may be damaged): open it in ${kind}, save it again as ${extension}, and import that copy.`);

/** Word and Excel files are zip archives, checked before anything unpacks them; a password-protected one is an OLE container holding the encrypted package. */
function officeFile(file: string, kind: 'Word' | 'Excel', extension: string): Buffer {
  const bytes = readLimited(file);
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    const verdict = checkArchive(bytes);
    if (verdict.ok) return bytes;
    if (verdict.damaged) throw damaged(file, kind, extension);
    throw new ImportError(`${file} ${verdict.why}: open it in ${kind}, save the list again as ${extension}, and import that copy.`);
  }
  if (bytes.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) {
    let encrypted = false;
    try {
      encrypted = CFB.find(CFB.read(bytes, { type: 'buffer' }), 'EncryptedPackage') !== null;
    } catch {
      // An OLE container that does not read is not a Word or Excel file either.
    }
    throw new ImportError(
      encrypted
        ? `${file} is password-protected: open it in ${kind}, remove the password (File › Info › Protect), save it, and import that copy.`
        : `${file} is an old binary ${kind} file: open it in ${kind} and save it as ${extension}, then import that copy.`,
    );
  }
  throw new ImportError(`${file} is not a readable ${kind} file (it may be damaged or only named ${extension}): open it in ${kind}, save it again as ${extension}, and import that copy.`);
}

async function docxText(file: string): Promise<string> {
  const bytes = officeFile(file, 'Word', '.docx');
  try {
    return htmlText((await mammoth.convertToHtml({ buffer: bytes })).value);
  } catch {
    throw damaged(file, 'Word', '.docx');
  }
}

async function xlsxText(file: string): Promise<string> {
  const bytes = officeFile(file, 'Excel', '.xlsx');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw damaged(file, 'Excel', '.xlsx');
  }
  const sheets = book.worksheets.map((sheet) => {
    const width = sheet.columnCount;
    const rows: string[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells = Array.from({ length: width }, (_, c) => {
        const cell = row.getCell(c + 1);
        // A merged block prints its text once, as the sheet shows it.
        return cell.isMerged && cell.master !== cell ? '' : squeeze(cell.text ?? '');
      });
      rows.push(cells.every((c) => c === '') ? '' : cells.join('\t'));
    }
    return rows.join('\n');
  });
  return sheets.join('\n\n').trim();
}

async function pdfFileText(file: string): Promise<{ text: string; layout: string }> {
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(readLimited(file)));
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') throw new ImportError(`${file} is password-protected: save a copy without the password, and import that copy.`);
    throw new ImportError(`${file} is not a readable PDF (it may be damaged): download it again, or save it from the program that made it, and import that copy.`);
  }
  if (pdf.numPages > INPUT_LIMITS.pdfPages) throw new ImportError(`${file} has ${pdf.numPages} pages, more than the ${INPUT_LIMITS.pdfPages} a list may: save the pages that hold the list as a PDF of their own, and import that.`);
  const pieces: Piece[] = [];
  const rules: Rule[] = [];
  const { OPS } = await getResolvedPDFJS();
  let chars = 0;
  for (let page = 1; page <= pdf.numPages; page++) {
    const proxy = await pdf.getPage(page);
    const drawn = pageDrawing(await proxy.getOperatorList(), OPS, page);
    rules.push(...drawn.rules);
    const content = await proxy.getTextContent();
    const items: Piece[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a, b, , , x, y] = item.transform as number[];
      items.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height, page });
      chars += item.str.length;
      if (chars > INPUT_LIMITS.textChars) throw new ImportError(`${file} holds more than ${MB(INPUT_LIMITS.textChars)} of text, more than any list: save the pages that hold the list as a PDF of their own, and import that.`);
    }
    // The runs as drawn, where they hold the text pdf.js reads and are as wide (within 2 % and 10 %; the re-layouts' 126
    // Chromium PDFs agree exactly and within 2 %); a font whose glyphs the drawing cannot measure (a Type 3 font's own
    // units) falls back to pdf.js's items.
    const inked = (list: readonly Piece[]) => list.reduce((n, p) => n + p.text.replace(/\s+/gu, '').length, 0);
    const wide = (list: readonly Piece[]) => list.reduce((n, p) => n + p.width, 0);
    const near = (a: number, b: number, by: number) => a >= (1 - by) * b && a <= (1 + by) * b;
    pieces.push(...(near(inked(drawn.pieces), inked(items), 0.02) && near(wide(drawn.pieces), wide(items), 0.1) ? drawn.pieces : items));
  }
  if (pieces.length === 0) {
    throw new ImportError(`${file} has no text layer (it is a scan, an image of the pages): ask the issuer for a PDF with text, or type the list into a .txt file as content/sources/ keeps documents, and import that.`);
  }
  const read = pdfText(pieces, rules);
  return { text: read.text, layout: read.grids > 0 ? `a PDF: ${read.grids} bordered table${read.grids === 1 ? '' : 's'} read cell by cell between their rules, the rest by where its text stands` : 'a PDF without bordered tables: its text read by where it stands' };
}

/** A document's text, and for a text or HTML file the encoding it was read in and why (BOM, declared, detected); for a PDF, how its layout was read. */
export interface DocumentText {
  text: string;
  encoding?: string;
  /** For a PDF, how its layout was read: bordered tables by their rules, or text by position. */
  layout?: string;
}

/** A .txt or .html file's text, in the encoding its bytes say. */
function decoded(file: string, kind: 'text' | 'html'): DocumentText {
  const result = decodeDocument(readLimited(file), kind);
  if (!result) throw new ImportError(`${file} is in no encoding the importer reads (UTF-8, UTF-16, GB18030/GBK/GB2312, Big5): open it in a text editor, save it as UTF-8, and import that copy.`);
  return { text: kind === 'html' ? htmlText(result.text) : result.text.replace(/\r\n?/gu, '\n'), encoding: result.encoding };
}

/**
 * The text of a document file: .txt (as it is: tables as tab-separated lines), .html, .docx, .xlsx or .pdf.
 * @throws {ImportError} for a file that cannot be read, or is larger than any list, saying why and what to do
 */
export async function documentText(file: string): Promise<DocumentText> {
  const kind = extname(file).toLowerCase();
  const read = await (async (): Promise<DocumentText> => {
    switch (kind) {
      case '.txt':
      case '.tsv':
        return decoded(file, 'text');
      case '.html':
      case '.htm':
        return decoded(file, 'html');
      case '.docx':
        return { text: await docxText(file) };
      case '.xlsx':
        return { text: await xlsxText(file) };
      case '.pdf':
        return pdfFileText(file);
      default:
        throw new ImportError(`${file}: cannot read ${kind || 'a file without an extension'}; save the document as .docx, .xlsx, .pdf, .html or .txt and import that.`);
    }
  })();
  if (read.text.length > INPUT_LIMITS.textChars) throw new ImportError(`${file} holds ${MB(read.text.length)} of text, more than any list: import the part of it that is the list.`);
  return read;
}
