/**
 * The part of a source file that is the document: all of it, or the text
 * before `endsBefore` when the file carries unrelated text after the document
 * (Jilin's ends in news captured with it). Offsets into it are offsets into the file.
 * @returns the document's text, or null when `endsBefore` is not in the file
 * @example documentPart('清单\n8月1日 新闻', '8月1日') // '清单\n'
 */
export function documentPart(file: string, endsBefore: string | null): string | null {
  if (endsBefore === null) return file;
  const end = file.indexOf(endsBefore);
  return end === -1 ? null : file.slice(0, end);
}
