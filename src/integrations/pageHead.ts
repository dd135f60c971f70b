import { open } from 'node:fs/promises';
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
  // Plain reads into one buffer: a read stream per page cost a third more over thousands of pages.
  const handle = await open(file);
  const decoder = new TextDecoder();
  const buffer = Buffer.alloc(16 * 1024);
  try {
    while (!done) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length);
      if (bytesRead === 0) break;
      parser.write(decoder.decode(buffer.subarray(0, bytesRead), { stream: true }));
    }
  } finally {
    await handle.close();
  }
  if (!done) parser.end();
  return tags;
}
