import { diffArrays, diffWords } from 'diff';

/** A run of words: unchanged, added or removed. */
export interface WordPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** One paragraph before and after a change, as runs of words; a paragraph added or removed has one side only. */
export interface ParagraphChange {
  before: string | undefined;
  after: string | undefined;
  parts: WordPart[];
}

const parts = (changes: { value: string; added: boolean; removed: boolean }[]): WordPart[] =>
  changes.map((c) => ({ text: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));

/**
 * The paragraphs that differ between two versions of a text, each with a
 * word-level diff (jsdiff): paragraphs are first matched as wholes, so an
 * inserted paragraph shows as added rather than as every later paragraph
 * rewritten; a removed paragraph next to an added one is read as one
 * paragraph reworded.
 *
 * @example paragraphChanges(['Viens divi.'], ['Viens trīs.'])
 * // [{ before: 'Viens divi.', after: 'Viens trīs.', parts: [{ text: 'Viens ', change: 'same' }, { text: 'divi', change: 'removed' }, { text: 'trīs', change: 'added' }, { text: '.', change: 'same' }] }]
 */
export function paragraphChanges(before: readonly string[], after: readonly string[]): ParagraphChange[] {
  const blocks = diffArrays([...before], [...after]);
  const result: ParagraphChange[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (!block || (!block.added && !block.removed)) continue;
    const next = blocks[i + 1];
    if (block.removed && next?.added) {
      const [removed, added] = [block.value, next.value];
      const paired = Math.min(removed.length, added.length);
      for (let k = 0; k < paired; k += 1) {
        const [was = '', now = ''] = [removed[k], added[k]];
        result.push({ before: was, after: now, parts: parts(diffWords(was, now)) });
      }
      for (const was of removed.slice(paired))
        result.push({ before: was, after: undefined, parts: [{ text: was, change: 'removed' }] });
      for (const now of added.slice(paired))
        result.push({ before: undefined, after: now, parts: [{ text: now, change: 'added' }] });
      i += 1;
    } else {
      for (const text of block.value) {
        result.push(
          block.added
            ? { before: undefined, after: text, parts: [{ text, change: 'added' }] }
            : { before: text, after: undefined, parts: [{ text, change: 'removed' }] },
        );
      }
    }
  }
  return result;
}
