/**
 * Euro amounts are added up in whole cents so that no floating-point error can
 * make the measures disagree with the declared total.
 *
 * @example toCents(46199.61) // 4619961
 */
export function toCents(euro: number): number {
  return Math.round(euro * 100);
}

/** @example fromCents(4619961) // 46199.61 */
export function fromCents(cents: number): number {
  return cents / 100;
}
