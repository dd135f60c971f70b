/**
 * The items before and after position `index`, for previous/next links.
 *
 * @example neighbours(['a', 'b', 'c'], 0) // { previous: undefined, next: 'b' }
 */
export function neighbours<T>(items: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}
