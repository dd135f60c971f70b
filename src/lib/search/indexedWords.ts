import { foldDiacritics } from './stemLatvian.ts';

/** What Pagefind keeps of a word: letters, digits and connector punctuation (`_`), as Rust's `is_alphanumeric`. */
const KEPT = /[\p{Alphabetic}\p{N}\p{Pc}]/u;
const ALPHANUMERIC = /^[\p{Alphabetic}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const DIGIT = /^\p{N}$/u;
/** ASCII punctuation, which Pagefind turns into spaces before it splits a compound. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
/** A vocabulary word: letters only, so a reader can type it and it is worth correcting. */
const WORD = /^\p{L}+$/u;
const bytes = new TextEncoder();

/**
 * The parts of a compound as Pagefind's splitter (convert_case's default
 * boundaries) finds them: at spaces, and where lower case meets upper
 * ("eKonsultācijas"), letters meet digits, or an acronym ends ("VBTAIpage").
 */
function compoundParts(word: string): string[] {
  const chars = [...word.replace(ASCII_PUNCTUATION, ' ')];
  const parts: string[] = [];
  let current = '';
  chars.forEach((char, i) => {
    if (/\s/u.test(char)) {
      if (current) parts.push(current);
      current = '';
      return;
    }
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    const boundary =
      current !== '' &&
      ((LOWER.test(before) && UPPER.test(char)) ||
        ((LOWER.test(before) || UPPER.test(before)) && DIGIT.test(char)) ||
        (DIGIT.test(before) && (LOWER.test(char) || UPPER.test(char))) ||
        (UPPER.test(before) && UPPER.test(char) && LOWER.test(after)));
    if (boundary) {
      parts.push(current);
      current = '';
    }
    current += char;
  });
  if (current) parts.push(current);
  return parts.map((part) => part.toLowerCase());
}

/**
 * The words Pagefind indexes for one whitespace-separated run of text
 * (pagefind/src/fossick/splitting.rs, `get_indexable_words`), in lower case
 * with their diacritics (Pagefind files them folded, keeping each spelling as
 * a variant): the run's letters and digits as one word ("pre-school" →
 * "preschool"), and, for a compound, its parts of two or more bytes ("pre",
 * "school"). Pagefind stems English words after this; the vocabulary keeps
 * them whole.
 */
export function indexableWords(run: string): string[] {
  const raw = run.replaceAll('\u200B', '');
  const chars = [...raw];
  const normalised = chars
    .filter((char) => KEPT.test(char))
    .join('')
    .toLowerCase();
  if (!normalised) return [];
  const words = [normalised];
  const compound = chars.some((char) => !ALPHANUMERIC.test(char)) || chars.slice(1).some((char) => UPPER.test(char));
  if (!compound) return words;
  const parts = compoundParts(raw);
  const joined = parts.join(' ');
  if (parts.length > 1 || !normalised.startsWith(joined))
    for (const part of parts) if (bytes.encode(part).length > 1) words.push(part);
  return words;
}

/**
 * The words of an indexed text that a reader can type (letters only, no
 * digits: numbers are searched as typed and never corrected), each under its
 * folded form with the spelling the text uses most, counted over `into`.
 *
 * @example countWords('Bērni un pre-school.', new Map()) // berni → bērni, un → un, preschool, pre, school
 */
export function countWords(text: string, into: Map<string, Map<string, number>>): Map<string, Map<string, number>> {
  for (const run of text.split(/\s+/u))
    for (const word of indexableWords(run)) {
      if (!WORD.test(word)) continue;
      const folded = foldDiacritics(word);
      const spellings = into.get(folded) ?? new Map<string, number>();
      spellings.set(word, (spellings.get(word) ?? 0) + 1);
      into.set(folded, spellings);
    }
  return into;
}

/**
 * The spelling of each folded word that the text uses most (the first in
 * code-point order on a tie, so two builds agree).
 */
export function mostUsedSpellings(counts: Map<string, Map<string, number>>): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const [folded, spellings] of counts) {
    const [best] = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    if (best) chosen.set(folded, best[0]);
  }
  return chosen;
}
