/**
 * Shares of a whole in percent, rounded so that they add up to exactly 100
 * (largest-remainder method): each part is rounded down, then the units left
 * over go to the parts that lost most in rounding. Plain rounding can give
 * 99.9 or 100.1, which readers rightly take for an error.
 *
 * Ties go to the earlier part, so the result is deterministic.
 *
 * @param parts non-negative values (e.g. cents)
 * @param decimals decimal places of each share
 * @example percentShares([1, 1, 1]) // [33.4, 33.3, 33.3]
 */
export function percentShares(parts: readonly number[], decimals = 1): number[] {
  const total = parts.reduce((sum, part) => sum + part, 0);
  if (total === 0) return parts.map(() => 0);
  const units = 100 * 10 ** decimals;
  const exact = parts.map((part) => (part / total) * units);
  const floors = exact.map((value) => Math.floor(value));
  let left = units - floors.reduce((sum, value) => sum + value, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    left -= 1;
  }
  return floors.map((value) => value / 10 ** decimals);
}

/**
 * One part's share of a whole, in percent, rounded to `decimals` places.
 * Use {@link percentShares} when the shares are shown together and must add up to 100.
 *
 * @example shareOf(8000, 283239) // 2.8
 */
export function shareOf(part: number, whole: number, decimals = 1): number {
  if (whole === 0) return 0;
  const factor = 10 ** decimals;
  return Math.round((part / whole) * 100 * factor) / factor;
}
