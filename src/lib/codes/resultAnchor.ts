/**
 * The stable fragment for a measure's n-th result (counting from 0), so a
 * journalist can link to `…/1-1/#result-2`. Counting from 1 matches the source's numbering.
 *
 * @example resultAnchor(0) // 'result-1'
 */
export function resultAnchor(index: number): string {
  return `result-${index + 1}`;
}
