import { createReadStream } from 'node:fs';
import { Parser } from 'htmlparser2';

export interface HeadTag {
  name: string;
  attributes: Record<string, string>;
}

/**
 * The elements of a built page's `<head>`, read with an HTML parser. Reading
 * stops at `</head>`, so a page's body is never read. Build hooks use it to
 * learn what the pages themselves state (their policy, their language
 * alternates) instead of working it out a second time.
 */
export async function pageHead(file: string): Promise<HeadTag[]> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 4 * 1024 });
  const tags: HeadTag[] = [];
  let done = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (!done) tags.push({ name, attributes });
    },
    onclosetag(name) {
      if (name !== 'head') return;
      done = true;
      // The rest of the chunk is body: stop tokenising it (a head is a few KB of a page's tens).
      parser.pause();
    },
  });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (done) break;
    }
  } finally {
    stream.destroy();
  }
  if (!done) parser.end();
  return tags;
}
