import { globSync } from 'node:fs';
import path from 'node:path';
import { contentFiles } from '#src/lib/content/contentPath.ts';

/**
 * Whether a collection of files has any yet. A year has no change notes until
 * its first publication, which is no mistake: Astro would warn of an empty
 * folder and an empty collection on every build, words staff cannot act on.
 */
export function hasContentFiles(collection: 'updates', root = process.cwd()): boolean {
  const { base, pattern } = contentFiles[collection];
  return globSync(pattern, { cwd: path.join(root, base) }).length > 0;
}
