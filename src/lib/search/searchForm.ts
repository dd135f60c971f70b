import { foldDiacritics } from './stemLatvian.ts';

/** Punctuation Pagefind drops from a query (dashes, brackets, quotes, other), as its search script does. */
const DROPPED = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/**
 * The word Pagefind looks up for a query term once its search script has
 * dropped the punctuation, lowered the case and folded the diacritics
 * ("pre-school" → "preschool", "Bērnu" → "bernu"); before its own stemming,
 * which it does for English only.
 */
export function pagefindForm(term: string): string {
  return foldDiacritics(term.replace(DROPPED, ''));
}

/**
 * Whether every form occurs in a page's text as a word or the start of one
 * (so Pagefind found that term through a word of the index, not through its
 * fallback to a shorter word). A yes settles it; a no only means the page
 * cannot tell, and the vocabulary must.
 *
 * @example occursIn('Bērnu drošība', ['bern', 'dros']) // true
 */
export function occursIn(text: string, forms: readonly string[]): boolean {
  const words = foldDiacritics(text).split(/[^\p{L}\p{N}]+/u);
  return forms.every((form) => form !== '' && words.some((word) => word.startsWith(form)));
}
