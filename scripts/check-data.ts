// Validates content/ (or the folder given, or CONTENT_DIR) the way the build does and says so: for data editors.
import { loadContent } from '../src/lib/content/load.ts';
import { loadDocuments } from '../src/lib/content/documents.ts';
import { loadSafety } from '../src/lib/content/safety.ts';
import { DataError } from '../src/lib/content/data-error.ts';
import { contentQuoteProblems } from '../src/lib/content/quotes.ts';
import { allRegions } from '../src/lib/regions.ts';

const dir = process.argv[2] ?? process.env['CONTENT_DIR'] ?? 'content';
const codes = new Set(allRegions().map((r) => r.code));
try {
  const content = loadContent(dir, (code) => codes.has(code));
  const { lists, catalogue } = content;
  loadDocuments(dir, lists);
  loadSafety(dir, content);
  const misquotes = contentQuoteProblems(dir);
  if (misquotes.length > 0) throw new DataError(misquotes);
  console.log(`${dir}/ is valid: ${catalogue.length} hotlines, ${lists.length} lists, ${lists.reduce((n, l) => n + l.lines.length, 0)} rows, each found in its document and every quote in its words.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
