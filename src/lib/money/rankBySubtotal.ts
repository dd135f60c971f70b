import { lookup } from '#src/lib/content/lookup.ts';
import type { Subtotal } from './summariseFunding.ts';

/**
 * Ids ordered by their subtotal, largest first, ties by id: the order of the
 * summaries, and the order the 2023 programme itself names its administrators in.
 *
 * @example rankBySubtotal(['a', 'b'], new Map([['a', { total: 1 }], ['b', { total: 2 }]])) // ['b', 'a']
 */
export function rankBySubtotal(
  ids: readonly string[],
  subtotals: ReadonlyMap<string, Pick<Subtotal, 'total'>>,
): string[] {
  return [...ids].sort(
    (a, b) =>
      lookup(subtotals, b, 'subtotal of').total - lookup(subtotals, a, 'subtotal of').total || a.localeCompare(b),
  );
}
