import { SaxesParser, type SaxesTagNS } from 'saxes';

const ATOM = 'http://www.w3.org/2005/Atom';

/** An element as parsed: its name in its namespace, attributes, text and child elements. */
export interface XmlNode {
  uri: string;
  local: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlNode[];
}

/** An Atom entry as a feed reader reads it. */
export interface AtomEntry {
  id: string;
  title: string;
  titleType: string | undefined;
  summary: string;
  summaryType: string | undefined;
  updated: string;
  published: string;
  link: string | undefined;
}

/**
 * Parses XML with saxes, a strict XML 1.0 parser: anything that is not well-formed (a stray `&`,
 * `]]>` outside CDATA, an unclosed tag, an unbound prefix) throws.
 */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { uri: '', local: '', attributes: {}, text: '', children: [] };
  const open: XmlNode[] = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const node: XmlNode = { uri: tag.uri, local: tag.local, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])), text: '', children: [] };
    open.at(-1)!.children.push(node);
    open.push(node);
  });
  parser.on('text', (text) => (open.at(-1)!.text += text));
  parser.on('cdata', (text) => (open.at(-1)!.text += text));
  parser.on('closetag', () => void open.pop());
  parser.write(xml).close();
  return root.children[0]!;
}

/** Reads an Atom feed, finding its elements in Atom's namespace only. */
export function readAtom(xml: string) {
  const feed = parseXml(xml);
  const all = (node: XmlNode, local: string) => node.children.filter((c) => c.uri === ATOM && c.local === local);
  const one = (node: XmlNode, local: string) => all(node, local)[0];
  return {
    namespace: feed.uri,
    lang: feed.attributes['xml:lang'],
    id: one(feed, 'id')?.text,
    updated: one(feed, 'updated')?.text,
    links: all(feed, 'link').map((l) => ({ rel: l.attributes['rel'], href: l.attributes['href'] })),
    entries: all(feed, 'entry').map(
      (e): AtomEntry => ({
        id: one(e, 'id')?.text ?? '',
        title: one(e, 'title')?.text ?? '',
        titleType: one(e, 'title')?.attributes['type'],
        summary: one(e, 'summary')?.text ?? '',
        summaryType: one(e, 'summary')?.attributes['type'],
        updated: one(e, 'updated')?.text ?? '',
        published: one(e, 'published')?.text ?? '',
        link: one(e, 'link')?.attributes['href'],
      }),
    ),
  };
}
