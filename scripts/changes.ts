/**
 * `npm run changes [-- --since REF] [--note [--year YEAR] [--date YYYY-MM-DD]]`:
 * what the working copy changes compared with a git ref, in plain language,
 * for the author and the reviewer of a publication: measures added or
 * removed, amounts and their effect on every subtotal and the total, whether
 * the declared total still matches, which files' Latvian or English text
 * changed and which translations that makes outdated.
 *
 * With `--note`, also writes the next change note (src/content/updates/<year>/<day>.yaml,
 * docs/publishing.md) with the summary as comments to start from; its notes
 * are left empty, so `npm run check` refuses it until someone has written them.
 *
 * The ref defaults to the latest publication's tag (`publication/<day>`), else the
 * older hand-moved tag `published`, else the last commit: see docs/publishing.md.
 *
 * Usage: node scripts/changes.ts [--since REF] [--root DIR] [--note] [--year YEAR] [--date DAY]
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { readContent } from '#src/check/readContent.ts';
import { changeSnapshot } from '#src/data/changeSnapshot.ts';
import { contentAt, contentOnDisk, latestPublicationRef } from '#src/data/gitContent.ts';
import { noteScaffold } from '#src/data/noteScaffold.ts';
import { defaultLocale } from '#src/i18n/locales.ts';
import { contentFile, parseContentPath } from '#src/lib/content/contentPath.ts';
import { formatMoney } from '#src/lib/money/formatMoney.ts';
import { formatChanges, summariseChanges } from '#src/lib/history/summariseChanges.ts';

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    since: { type: 'string' },
    root: { type: 'string', default: '.' },
    note: { type: 'boolean', default: false },
    year: { type: 'string' },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
  },
});
const root = path.resolve(values.root);

/** The latest publication's tag, else `published`, else HEAD (docs/publishing.md). */

/** The programme years the files hold, oldest first. */
const yearsOf = (files: ReadonlyMap<string, string>) =>
  [...files.keys()].flatMap((file) => {
    const place = parseContentPath(file);
    return place.ok && place.path.kind === 'programme' && place.path.year !== undefined ? [place.path.year] : [];
  });

try {
  const ref = values.since ?? (await latestPublicationRef(root));
  const commit = (await run('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root })).stdout.trim();
  const [before, after] = [await contentAt(root, commit), await contentOnDisk(root)];
  if ((await readContent(root)).problems.some((p) => p.level === 'error')) {
    console.log(
      'Note: the working copy has content errors (npm run check lists them); files it cannot read are left out below.',
    );
  }
  const money = (euro: number) => formatMoney(euro, defaultLocale).replace(/\s/g, ' ').replace(' €', ' EUR');
  console.log(`Changes in the working copy since ${ref}:`);
  const years = [...new Set([...yearsOf(before), ...yearsOf(after)])].sort((a, b) => a - b);
  const summaries = new Map(
    years.map((year) => [year, summariseChanges(changeSnapshot(before, year), changeSnapshot(after, year))]),
  );
  for (const [year, summary] of summaries) {
    for (const line of formatChanges(String(year), summary, money)) console.log(line);
  }
  if (values.note) {
    const year = Number(values.year ?? years.at(-1));
    const summary = summaries.get(year);
    const first = parseContentPath(contentFile.update(year, values.date));
    if (!summary || !first.ok) {
      throw new Error(
        `--year ${values.year ?? ''} --date ${values.date}: expected a programme year and a day (YYYY-MM-DD)`,
      );
    }
    let sequence = 1;
    while (existsSync(path.join(root, contentFile.update(year, values.date, sequence)))) sequence += 1;
    const file = contentFile.update(year, values.date, sequence);
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), noteScaffold(formatChanges(String(year), summary, money), summary, ref));
    console.log(`\nWrote ${file}: write its notes (what changed and why, for readers), then npm run check.`);
  }
} catch (error) {
  console.log(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
