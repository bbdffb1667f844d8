import chardet from 'chardet';

/** A document's bytes as text, and how the encoding was chosen, for the import's report. */
export interface Decoded {
  text: string;
  /** The encoding used, and why: "UTF-8 (byte order mark)", "GB18030 (the page declares gb2312)", "Big5 (detected)". */
  encoding: string;
}

/** The encodings Chinese documents come in, as WHATWG names them (TextDecoder reads each); GBK and GB2312 are read as their superset GB18030. */
const LABELS: Record<string, string> = {
  'utf-8': 'UTF-8',
  utf8: 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'utf-16': 'UTF-16LE',
  gb18030: 'GB18030',
  gbk: 'GB18030',
  gb2312: 'GB18030',
  'x-gbk': 'GB18030',
  'euc-cn': 'GB18030',
  hz: 'GB18030',
  big5: 'Big5',
  'big5-hkscs': 'Big5',
  'x-x-big5': 'Big5',
};

const BOMS: readonly [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'UTF-8'],
  [[0xff, 0xfe], 'UTF-16LE'],
  [[0xfe, 0xff], 'UTF-16BE'],
];

/** `<meta charset=gb2312>` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, in the page's head. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/iu;
/** How far into a page its declaration is looked for (HTML's prescan reads 1024 bytes; pages with long heads go further). */
const HEAD_BYTES = 4096;

const decode = (bytes: Uint8Array, encoding: string, skip = 0) => new TextDecoder(encoding, { fatal: false }).decode(bytes.subarray(skip));

/**
 * Decodes a text or HTML document the way a browser would, and says how: its byte order mark first,
 * then (for a page) the charset it declares, then valid UTF-8, then the detector's best Chinese
 * guess (chardet's ranking, limited to GB18030/GBK/GB2312, Big5 and UTF-16).
 * @returns null when no encoding reads it (the caller says so in one sentence)
 * @example decodeDocument(gbkBytes, 'text').encoding // 'GB18030 (detected)'
 */
export function decodeDocument(bytes: Uint8Array, kind: 'text' | 'html'): Decoded | null {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return { text: decode(bytes, encoding, bom.length), encoding: `${encoding} (byte order mark)` };
  }
  if (kind === 'html') {
    const declared = META_CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES)))?.[1]?.toLowerCase();
    const encoding = declared ? LABELS[declared] : undefined;
    if (declared && encoding) return { text: decode(bytes, encoding), encoding: `${encoding} (the page declares ${declared})` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: one of the older encodings.
  }
  const guess = chardet.analyse(bytes).map((m) => LABELS[m.name.toLowerCase()]).find((e) => e !== undefined && e !== 'UTF-8');
  return guess ? { text: decode(bytes, guess), encoding: `${guess} (detected)` } : null;
}
