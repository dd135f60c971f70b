import SearchableMap from 'minisearch/SearchableMap';

/** A vocabulary as the matcher searches it: folded words, each with the index of its spelling. */
export type Matcher = SearchableMap<number>;

/** Builds the matcher over folded words or stems (MiniSearch's radix tree; docs/decisions/0002-typo-matcher.md). */
export function matcherOf(forms: readonly string[]): Matcher {
  return SearchableMap.from(forms.map((form, i) => [form, i] as [string, number]));
}

/** Shortest word worth correcting: one or two letters are a different word after any single slip. */
export const MIN_CORRECTED = 3;

/**
 * How far a word may be from its correction: one edit, or two from five
 * letters on, so that two swapped letters (two edits for Levenshtein) are
 * corrected too. The length is the reader's whole word's, also when its stem is matched.
 */
export const maxDistance = (length: number) => (length >= 5 ? 2 : 1);

const letters = (word: string) => [...word].sort().join('');

/**
 * The vocabulary forms nearest a folded word or stem that is not among them, best first:
 * fewest edits; then a word of the same letters (two swapped letters, which
 * cost Levenshtein two edits, are one slip); then the word found on more
 * pages (`pages`, asked only to break a tie); then alphabetical, so the
 * answer is always the same. Empty when nothing is near enough. `length`
 * is the reader's whole word's (the stem is shorter), which sets how far to look.
 *
 * @example await corrections('crsis', matcherOf(['crisis', 'cross']), async () => 1) // ['crisis', 'cross']
 */
export async function corrections(
  word: string,
  matcher: Matcher,
  pages: (candidate: string) => Promise<number>,
  length = word.length,
): Promise<string[]> {
  if (length < MIN_CORRECTED) return [];
  const near = [...matcher.fuzzyGet(word, maxDistance(length))].map(([candidate, [, distance]]) => ({
    candidate,
    distance,
    anagram: letters(candidate) === letters(word) ? 0 : 1,
  }));
  if (near.length === 0) return [];
  const best = Math.min(...near.map((n) => n.distance * 2 + n.anagram));
  const tied = near.filter((n) => n.distance * 2 + n.anagram === best);
  const counted = await Promise.all(
    tied.map(async (n) => ({ ...n, pages: tied.length > 1 ? await pages(n.candidate) : 0 })),
  );
  const rest = near.filter((n) => !tied.includes(n));
  const order = (a: { candidate: string }, b: { candidate: string }) =>
    a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0;
  return [
    ...counted.sort((a, b) => b.pages - a.pages || order(a, b)),
    ...rest.sort((a, b) => a.distance - b.distance || a.anagram - b.anagram || order(a, b)),
  ].map((n) => n.candidate);
}
