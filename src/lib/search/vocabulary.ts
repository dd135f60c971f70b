/**
 * The search vocabulary's file format: every word the index holds, as the
 * text spells it (lower case, diacritics kept, so a correction reads as the
 * text does), ordered by its folded form, each written as the number of
 * leading characters it shares with the word before it (left out when none)
 * and the rest, separated by spaces. Vocabulary words have no digits, so the
 * number cannot be mistaken for the word. About a sixth smaller gzipped than
 * the plain list.
 *
 * @example encodeVocabulary(['bērni', 'bērnu', 'un']) // 'bērni 4u un'
 */
export function encodeVocabulary(spellings: readonly string[]): string {
  let previous = '';
  return spellings
    .map((word) => {
      let shared = 0;
      while (shared < word.length && word[shared] === previous[shared]) shared++;
      previous = word;
      return `${shared || ''}${word.slice(shared)}`;
    })
    .join(' ');
}

/** The words of an encoded vocabulary, in its order. @example decodeVocabulary('bērni 4u un') // ['bērni', 'bērnu', 'un'] */
export function decodeVocabulary(encoded: string): string[] {
  let previous = '';
  return encoded
    .split(' ')
    .filter(Boolean)
    .map((item) => {
      const digits = /^\d*/.exec(item)?.[0] ?? '';
      previous = previous.slice(0, Number(digits)) + item.slice(digits.length);
      return previous;
    });
}

/**
 * Whether any of the sorted words starts with `prefix` (or is it): Pagefind
 * finds a query term through every indexed word that begins with it, so such
 * a term is known. Binary search, for a vocabulary of thousands.
 */
export function hasWordStartingWith(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return sorted[low]?.startsWith(prefix) ?? false;
}

/** Code-unit order, which `hasWordStartingWith` searches in (not the locale's collation). */
export const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
