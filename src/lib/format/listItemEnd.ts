/**
 * The mark that closes item `index` (from 0) of a numbered list of `count`
 * items that reads as one sentence, as the programme writes its lists: a
 * semicolon after every item but the last, a full stop after the last.
 *
 * @example listItemEnd(0, 2) // ';'
 * @example listItemEnd(1, 2) // '.'
 */
export function listItemEnd(index: number, count: number): ';' | '.' {
  return index < count - 1 ? ';' : '.';
}
