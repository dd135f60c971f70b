import render from 'dom-serializer';
import { Feed } from 'feed';
import { parseDocument } from 'htmlparser2';

export interface FeedEntry {
  /** A stable id: the entry's permanent address (the updates page with its anchor). */
  id: string;
  title: string;
  link: string;
  /** The day of publication. */
  date: Date;
  /** The change note and a summary of the figures, as plain text. */
  summary: string;
}

export interface FeedInput {
  /** The feed's own absolute address. */
  self: string;
  /** The updates page it follows (absolute): also the feed's id. */
  page: string;
  title: string;
  /** The language of its text (`lv`, `en`), as `xml:lang`. */
  lang: string;
  author: string;
  /** Newest first. */
  entries: FeedEntry[];
}

/**
 * An Atom 1.0 feed made with the `feed` library. Its `updated` is the newest
 * entry's date, never the build time, so two builds of one commit are the
 * same; `xml:lang` is set on the root element after generation (the library
 * writes a language into RSS only), through an XML parser.
 */
export function atomFeed(input: FeedInput): string {
  const updated = input.entries[0]?.date ?? new Date(0);
  const feed = new Feed({
    id: input.page,
    title: input.title,
    link: input.page,
    updated,
    generator: false,
    feedLinks: { atom: input.self },
    author: { name: input.author },
  });
  for (const entry of input.entries) {
    feed.addItem({
      id: entry.id,
      title: entry.title,
      link: entry.link,
      date: entry.date,
      published: entry.date,
      description: entry.summary,
      author: [{ name: input.author }],
    });
  }
  const document = parseDocument(feed.atom1(), { xmlMode: true });
  const root = document.children.find((node) => 'name' in node && node.name === 'feed');
  if (!root || !('attribs' in root)) throw new Error('the feed library wrote no <feed> element');
  root.attribs['xml:lang'] = input.lang;
  // The parser keeps the XML declaration as a processing instruction the serialiser writes without its
  // closing "?": the declaration is written here, the element as the serialiser writes it.
  return `<?xml version="1.0" encoding="utf-8"?>\n${render(root, { xmlMode: true, encodeEntities: 'utf8' })}\n`;
}
