/**
 * The value for `key`, or an error naming what is missing. Used for every
 * money figure: a broken lookup must stop the build, never publish "0 €".
 *
 * @example lookup(new Map([['2', 1]]), '2', 'subtotal of section') // 1
 */
export function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`No ${what} "${String(key)}": the summary was computed without it`);
  return value;
}
