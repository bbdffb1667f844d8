import * as OpenCC from 'opencc-js';

// Taiwan's character standard without its vocabulary changes ('tw', not 'twp'):
// readers in Hong Kong and overseas read it as easily, and the documents' own
// terms (话务座席) stay the documents' terms.
const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Simplified Chinese text in traditional characters. Build time only: OpenCC
 * is ~59 KB and the browser gets the converted pages.
 * @example toTraditional('已停用，请拨打 12345') // '已停用，請撥打 12345'
 */
export function toTraditional(text: string): string {
  let converted = seen.get(text);
  if (converted === undefined) seen.set(text, (converted = convert(text)));
  return converted;
}
// The same names and sentences are converted for thousands of pages: each once.
const seen = new Map<string, string>();
