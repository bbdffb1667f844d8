/**
 * Text from the documents as a page shows it: converted for a traditional
 * page, quoted as written for an English one. `lang` is set when the text's
 * language differs from the page's, so readers and screen readers know.
 */
export interface DataText {
  text: string;
  lang: string | undefined;
}
