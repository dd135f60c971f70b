import { checkContent, type CheckedContent } from './checkContent.ts';
import { sharedCheck } from './shared.ts';

/** The latest check (./shared.ts); runs one when nothing in this process has (a tool, a test). */
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
