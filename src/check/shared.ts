/**
 * The latest content check of this process, shared between the module graphs
 * that run in it: Astro's integrations (loaded with the configuration) and the
 * pages and middleware (loaded by Vite) each get their own copy of every
 * module, but one `globalThis`. The build's check before Astro starts and the
 * preview's watcher (src/integrations/contentCheck.ts) put their result here;
 * the preview's banner and the pages' proof of the source text read it.
 */
import { checkContent, type CheckedContent } from './checkContent.ts';

interface Shared {
  /** The check of every change reported so far; a newer change replaces it with a later one. */
  current?: Promise<CheckedContent>;
}

const key = Symbol.for('berni-gimene.contentCheck');

export function sharedCheck(): Shared {
  const holder = globalThis as { [key]?: Shared };
  return (holder[key] ??= {});
}

/** The latest check; runs one when nothing in this process has (a tool, a test). */
export function latestCheck(root: string): Promise<CheckedContent> {
  const shared = sharedCheck();
  return (shared.current ??= checkContent(root));
}

/**
 * Schedules a check of the content as it is on disk after the changes reported
 * so far, and makes it the latest. Changes reported while one waits to start
 * share it; a change reported while one runs gets the next one.
 */
export function rechecker(root: string): () => Promise<CheckedContent> {
  let waiting: Promise<CheckedContent> | undefined;
  return () => {
    if (waiting) return waiting;
    const shared = sharedCheck();
    const previous = shared.current ?? Promise.resolve(undefined);
    const next = previous
      .catch(() => undefined)
      .then(() => {
        waiting = undefined;
        return checkContent(root);
      });
    waiting = next;
    shared.current = next;
    return next;
  };
}
