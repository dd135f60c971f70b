/**
 * The latest content check of this process, shared between the module graphs
 * that run in it: Astro's integrations (loaded with the configuration) and the
 * pages and middleware (loaded by Vite) each get their own copy of every
 * module, but one `globalThis`. The build's check before Astro starts and the
 * preview's watcher (src/integrations/contentCheck.ts) put their result here;
 * the preview's banner and the pages' proof of the source text read it. This
 * module imports nothing, so reading the result never bundles the checker.
 */
import type { CheckedContent } from './checkContent.ts';

interface Shared {
  /** The check of every change reported so far; a newer change replaces it with a later one. */
  current?: Promise<CheckedContent>;
}

const key = Symbol.for('berni-gimene.contentCheck');

export function sharedCheck(): Shared {
  const holder = globalThis as { [key]?: Shared };
  return (holder[key] ??= {});
}
