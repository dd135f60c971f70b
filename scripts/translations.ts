/**
 * `npm run translations`: where every translation stands against its Latvian
 * original — up to date, outdated (with the date of the Latvian change), not
 * yet translated (a file never marked done, such as a scaffold's placeholder
 * text), or missing. The rows are src/data/translationRows.ts's, which the
 * preview's staff page shows too.
 *
 * `npm run translations -- --done 2023/2-1-2` records that the translations of
 * 2.1.2 match the Latvian text as it is now; the bilingual files' entries are
 * named `2023` (the programme), `2023/2-1` (a section) and
 * `administrators/ministry` and `2023/2024-03-05` (a change note); `--done all` does it for every entry.
 *
 * Usage: node scripts/translations.ts [--root DIR] [--done KEY|all ...]
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { readContent } from '#src/check/readContent.ts';
import { contentDates } from '#src/data/contentDates.ts';
import { translationRows, type TranslationRow } from '#src/data/translationRows.ts';
import { defaultLocale } from '#src/i18n/locales.ts';
import { setTranslates } from '#src/lib/translation/setTranslates.ts';
import type { TranslationStatus } from '#src/lib/translation/translationStatus.ts';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, done: { type: 'string', multiple: true, default: [] } },
});
const root = path.resolve(values.root);
const content = await readContent(root);
const marking = values.done.length > 0;
// Marking needs no dates, and reading the history would only slow it down.
const rows = translationRows(content, marking ? new Map() : await contentDates(root, { strict: false }));

/** Records the current Latvian text as what the row's file translates. */
async function mark(row: TranslationRow): Promise<void> {
  const full = path.join(root, row.file);
  const text = await readFile(full, 'utf8');
  if (row.file.endsWith('.mdx')) {
    await writeFile(full, setTranslates(text, row.stamp));
    return;
  }
  // Through the YAML library's document, which keeps comments and quoting; long lines are not folded.
  const doc = parseDocument(text);
  doc.setIn(
    row.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
    row.stamp,
  );
  await writeFile(full, doc.toString({ lineWidth: 0 }));
}

if (marking) {
  const wanted = new Set(values.done);
  const known = new Set(rows.map((r) => r.key));
  for (const key of wanted) {
    if (key !== 'all' && !known.has(key)) {
      console.log(
        `Error: nothing is called ${key}; expected e.g. 2023/2-1-2 (a measure), 2023/2-1, 2023, administrators/ministry, 2023/2024-03-05 (a change note), or all`,
      );
      process.exit(1);
    }
  }
  // One at a time: entries of one file (administrators.yaml) must not overwrite each other's change.
  for (const row of rows.filter((r) => wanted.has('all') || wanted.has(r.key))) {
    if (row.status === 'missing') {
      console.log(`Skipped ${row.file}: there is no translation to mark as done.`);
      continue;
    }
    await mark(row);
    console.log(
      `Marked ${row.file}${row.file === row.original ? ` (${row.key})` : ''} as translating the current ${defaultLocale} text.`,
    );
  }
} else {
  const label: Record<TranslationStatus, string> = {
    current: 'up to date',
    outdated: 'outdated',
    untranslated: 'not yet translated',
    missing: 'missing',
  };
  const lines = rows.map((row) => {
    const since = row.status === 'outdated' ? (row.since?.slice(0, 10) ?? 'uncommitted') : '';
    return [row.key, row.lang, label[row.status], since ? `${defaultLocale} text changed ${since}` : '', row.file];
  });
  const header = ['entry', 'lang', 'status', 'since', 'file'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  for (const line of [header, ...lines]) {
    console.log(
      line
        .map((cell, i) => (cell ?? '').padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  }
  const count = (status: TranslationStatus) => rows.filter((r) => r.status === status).length;
  console.log(
    `${count('current')} up to date, ${count('outdated')} outdated, ${count('missing')} missing, ${count('untranslated')} not yet translated`,
  );
}
