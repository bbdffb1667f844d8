/**
 * The document's text from a file as published, by its kind: each reader is a thin adapter
 * around a maintained library and gives the text the way content/sources/ keeps documents —
 * one line per paragraph or table row, a row's cells separated by tabs. What the text says is
 * read in src/lib/import/.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import CFB from 'cfb';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { getDocumentProxy } from 'unpdf';
import { pdfText, type Piece } from '../../src/lib/import/pdf-rows.ts';

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

/** Word and Excel files are zip archives; a password-protected one is an OLE container holding the encrypted package. */
function officeFile(file: string, kind: 'Word' | 'Excel', extension: string): Buffer {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return bytes;
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
    throw new ImportError(`${file} is not a readable Word file (it may be damaged): open it in Word, save it again as .docx, and import that copy.`);
  }
}

async function xlsxText(file: string): Promise<string> {
  const bytes = officeFile(file, 'Excel', '.xlsx');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportError(`${file} is not a readable Excel file (it may be damaged): open it in Excel, save it again as .xlsx, and import that copy.`);
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

async function pdfFileText(file: string): Promise<string> {
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') throw new ImportError(`${file} is password-protected: save a copy without the password, and import that copy.`);
    throw new ImportError(`${file} is not a readable PDF (it may be damaged): download it again, or save it from the program that made it, and import that copy.`);
  }
  const pieces: Piece[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    const content = await (await pdf.getPage(page)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a, b, , , x, y] = item.transform as number[];
      pieces.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height, page });
    }
  }
  if (pieces.length === 0) {
    throw new ImportError(`${file} has no text layer (it is a scan, an image of the pages): ask the issuer for a PDF with text, or type the list into a .txt file as content/sources/ keeps documents, and import that.`);
  }
  return pdfText(pieces);
}

/**
 * The text of a document file: .txt (as it is: tables as tab-separated lines), .html, .docx, .xlsx or .pdf.
 * @throws {ImportError} for a file that cannot be read, saying why and what to do
 */
export async function documentText(file: string): Promise<string> {
  const kind = extname(file).toLowerCase();
  switch (kind) {
    case '.txt':
    case '.tsv':
      return readFileSync(file, 'utf8').replace(/\r\n?/gu, '\n');
    case '.html':
    case '.htm':
      return htmlText(readFileSync(file, 'utf8'));
    case '.docx':
      return docxText(file);
    case '.xlsx':
      return xlsxText(file);
    case '.pdf':
      return pdfFileText(file);
    default:
      throw new ImportError(`${file}: cannot read ${kind || 'a file without an extension'}; save the document as .docx, .xlsx, .pdf, .html or .txt and import that.`);
  }
}
