/**
 * Orders measure and section numbers as the document does: 1.4 before 2, 2.1.3
 * before 2.2, 2.2.2 before 2.3, and 2.10 after 2.9 (which string sorting gets wrong).
 *
 * @example ['2.3', '1.1', '2.1.2'].sort(compareCodes) // ['1.1', '2.1.2', '2.3']
 */
export function compareCodes(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
