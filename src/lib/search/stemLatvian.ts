/**
 * A light Latvian stemmer for search queries.
 *
 * Pagefind has no Latvian stemmer, but it matches indexed words that *begin*
 * with a query term and it ignores diacritics. So instead of stemming the
 * index, each query term is cut back to a stem that every inflected form of
 * the word begins with: "mentors" → "mentor" finds "mentoru", "mentora";
 * "ģimenēm" → "gimen" finds "ģimenes", "ģimeņu"; "Džimbas" → "dzimb".
 *
 * It removes one inflectional ending (nouns of all six declensions, adjectives
 * in both forms, participles), longest first, and only when a stem of at least
 * {@link MIN_STEM} letters remains, so short words ("ANO", "uz", "acs") are left
 * alone rather than reduced to noise. Diacritics are folded first, as Pagefind
 * folds them in the index: consonant alternations (tālrunis/tālruņa,
 * brālis/brāļu) then meet in the same stem.
 *
 * Known limit: genitive plurals that replace a consonant group (nakts → nakšu,
 * lapsa → lapšu) share no prefix with the
 * other forms, so a query in another form does not find them.
 */

/** Shortest stem the stemmer will leave; shorter ones would match too many words. */
export const MIN_STEM = 3;

/**
 * Case and declension endings, folded (no diacritics), longest first.
 * -ajiem, -ajam … definite adjectives; -iem, -em, -im, -am dative plural and
 * singular; -os locative plural; -ie, -ai, -ei; and the one-letter endings.
 */
const ENDINGS = [
  'ajiem',
  'ajam',
  'ajai',
  'ajos',
  'ajas',
  'iem',
  'ais',
  'am',
  'ai',
  'ei',
  'em',
  'im',
  'os',
  'as',
  'es',
  'is',
  'us',
  'um',
  'ie',
  'ij',
  'a',
  'e',
  'i',
  'o',
  's',
  'u',
];

/** Lower case without diacritics: "Ģimenēm" → "gimenem". */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The stem of one Latvian word, folded. Words with digits are returned as they are.
 *
 * @example stemLatvian('ģimenēm') // 'gimen'
 * @example stemLatvian('Kuldīgā') // 'kuldig'
 * @example stemLatvian('ANO') // 'ano'
 */
export function stemLatvian(word: string): string {
  const folded = foldDiacritics(word);
  if (/\d/.test(folded)) return folded;
  for (const ending of ENDINGS) {
    if (folded.endsWith(ending) && folded.length - ending.length >= MIN_STEM) {
      return folded.slice(0, -ending.length);
    }
  }
  return folded;
}
