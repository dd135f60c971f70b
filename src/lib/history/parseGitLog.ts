/** The separator written before each commit by the log format `contentDates` asks git for. */
export const commitSeparator = '\x1e';

/**
 * The last change of each file, from `git log --name-only` output in which
 * every commit is `\x1e<date>` followed by the names of the files it touched,
 * newest commit first; dates are compared as written, so they must share one
 * time zone.
 *
 * @example parseGitLog('\x1e2024-05-02T10:00:00Z\n\na.mdx\n\x1e2024-01-01T09:00:00Z\n\na.mdx\nb.yaml\n')
 * // Map { 'a.mdx' => '2024-05-02T10:00:00Z', 'b.yaml' => '2024-01-01T09:00:00Z' }
 */
export function parseGitLog(output: string): Map<string, string> {
  const latest = new Map<string, string>();
  for (const commit of output.split(commitSeparator).slice(1)) {
    const [date = '', ...files] = commit.split('\n').map((line) => line.trim());
    for (const file of files) {
      const known = latest.get(file);
      if (file && (known === undefined || known < date)) latest.set(file, date);
    }
  }
  return latest;
}

/**
 * The latest of the files' dates, or undefined when none has one.
 *
 * @example latestDate(new Map([['a', '2024-01-01T00:00:00Z'], ['b', '2024-03-01T00:00:00Z']]), ['a', 'b']) // '2024-03-01T00:00:00Z'
 */
export function latestDate(dates: ReadonlyMap<string, string>, files: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const file of files) {
    const date = dates.get(file);
    if (date !== undefined && (latest === undefined || latest < date)) latest = date;
  }
  return latest;
}
