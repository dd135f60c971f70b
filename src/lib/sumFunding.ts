import { fromCents, toCents } from './toCents.ts';

/**
 * The total of some euro amounts, added in cents.
 *
 * @example sumFunding([0.1, 0.2]) // 0.3, not 0.30000000000000004
 */
export function sumFunding(amounts: readonly number[]): number {
  return fromCents(amounts.reduce((sum, amount) => sum + toCents(amount), 0));
}
