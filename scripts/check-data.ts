// Validates content/ (or the folder given, or CONTENT_DIR) with the checks the build runs before it writes a page: for data editors.
import { checkContent } from '../src/lib/content/check-content.ts';
import { allRegions } from '../src/lib/places/regions.ts';

const dir = process.argv[2] ?? process.env['CONTENT_DIR'] ?? 'content';
const codes = new Set(allRegions().map((r) => r.code));
try {
  const { lists, catalogue } = checkContent(dir, (code) => codes.has(code));
  console.log(
    `${dir}/ is valid: ${catalogue.length} hotlines, ${lists.length} lists, ${lists.reduce((n, l) => n + l.lines.length, 0)} rows, each found in its document, read there again by the importer's reader and agreeing with it, and every quote in its words.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
