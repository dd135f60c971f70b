/**
 * `fn` over every item, at most `limit` at a time, with the results in the
 * items' order. For build steps over thousands of files: one at a time leaves
 * the disk and zlib's threads idle, all at once holds every buffer in memory.
 *
 * @example await mapConcurrent(['a.html', 'b.html'], 8, (file) => readFile(file, 'utf8'))
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await fn(items[index] as T, index);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
