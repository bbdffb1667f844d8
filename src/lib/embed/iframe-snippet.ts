// Its own module: the partners' pinned loader is built from options.ts, and any change there changes its bytes.
/**
 * The iframe a partner pastes where it cannot add a script: the widget at its absolute address with
 * the options' query, named in the widget's language; its height is the partner's to set.
 * @example iframeSnippet('https://x/en/embed/350500/', 'scheme=dark', 'Hotline lookup')
 * // '<iframe src="https://x/en/embed/350500/?scheme=dark" title="Hotline lookup" style="width:100%;height:32rem;border:0"></iframe>'
 */
export function iframeSnippet(widget: string, query: string, title: string): string {
  return `<iframe src="${widget}${query ? `?${query}` : ''}" title="${title.replace(/["<>&]/g, '')}" style="width:100%;height:32rem;border:0"></${'iframe'}>`;
}
