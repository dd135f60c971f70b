/**
 * `npm run translations`: where every translation stands against its Latvian
 * original — up to date, outdated (with the date of the Latvian change), or
 * missing. `npm run translations -- --done 2023/2-1-2` records that the
 * translations of 2.1.2 match the Latvian text as it is now; the bilingual
 * files' entries are named `2023` (the programme), `2023/2-1` (a section) and
 * `administrators/ministry`; `--done all` does it for every entry.
 *
 * Usage: node scripts/translations.ts [--root DIR] [--done KEY|all ...]
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { bilingualEntries } from './checkContent.ts';
import { loadContent } from './loadContent.ts';
import { contentDates } from '../src/data/contentDates.ts';
import { stampOf } from '../src/data/records.ts';
import { defaultLocale, localeCodes } from '../src/i18n/locales.ts';
import { bilingualStatus } from '../src/lib/outdatedBilingual.ts';
import { setTranslates } from '../src/lib/setTranslates.ts';
import { bilingualStamp } from '../src/lib/translationStamp.ts';
import { translationStatus, type TranslationStatus } from '../src/lib/translationStatus.ts';
import { parseMeasureId } from '../src/lib/validateProgramme.ts';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, done: { type: 'string', multiple: true, default: [] } },
});
const root = path.resolve(values.root);
const content = await loadContent(root);

interface Row {
  key: string;
  lang: string;
  status: TranslationStatus;
  /** The file whose Latvian text is translated. */
  original: string;
  /** The file that holds the translation. */
  file: string;
  /** Records the current Latvian text as translated; undefined when there is no translation. */
  mark: (() => Promise<void>) | undefined;
}

const translationsById = new Map(content.translations.map((t) => [t.id, t]));
const rows: Row[] = content.measures.flatMap((measure) => {
  const parts = parseMeasureId(measure.id);
  if (!parts) return [];
  const stamp = stampOf(measure);
  return localeCodes
    .filter((lang) => lang !== defaultLocale)
    .map((lang): Row => {
      const id = `${parts.year}/${lang}/${parts.slug}`;
      const translation = translationsById.get(id);
      const file = `src/content/measures/${id}.mdx`;
      const full = path.join(root, file);
      return {
        key: `${parts.year}/${parts.slug}`,
        lang,
        status: translationStatus(stamp, translation?.data),
        original: measure.filePath,
        file,
        mark: translation && (async () => writeFile(full, setTranslates(await readFile(full, 'utf8'), stamp))),
      };
    });
});

// The bilingual YAML entries: their English fields translate their Latvian ones in the same file.
const others = localeCodes.filter((lang) => lang !== defaultLocale).join(', ');
for (const entry of bilingualEntries(content)) {
  rows.push({
    key: entry.key,
    lang: others,
    status: bilingualStatus(entry, localeCodes),
    original: entry.file,
    file: entry.file,
    mark: async () => {
      // Through the YAML library's document, which keeps comments and quoting; long lines are not folded.
      const full = path.join(root, entry.file);
      const doc = parseDocument(await readFile(full, 'utf8'));
      const at = entry.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      doc.setIn(at, bilingualStamp(entry.data, defaultLocale, localeCodes));
      await writeFile(full, doc.toString({ lineWidth: 0 }));
    },
  });
}

if (values.done.length > 0) {
  const wanted = new Set(values.done);
  const known = new Set(rows.map((r) => r.key));
  for (const key of wanted) {
    if (key !== 'all' && !known.has(key)) {
      console.log(
        `Error: nothing is called ${key}; expected e.g. 2023/2-1-2 (a measure), 2023/2-1, 2023, administrators/ministry, or all`,
      );
      process.exit(1);
    }
  }
  // One at a time: entries of one file (administrators.yaml) must not overwrite each other's change.
  for (const row of rows.filter((r) => wanted.has('all') || wanted.has(r.key))) {
    if (!row.mark) {
      console.log(`Skipped ${row.file}: there is no translation to mark as done.`);
      continue;
    }
    await row.mark();
    console.log(
      `Marked ${row.file}${row.file === row.original ? ` (${row.key})` : ''} as translating the current ${defaultLocale} text.`,
    );
  }
} else {
  const dates = await contentDates(root, { strict: false });
  const label = { current: 'up to date', outdated: 'outdated', missing: 'missing' } as const;
  const lines = rows.map((row) => {
    const since = row.status === 'outdated' ? (dates.get(row.original)?.slice(0, 10) ?? 'uncommitted') : '';
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
  console.log(`${count('current')} up to date, ${count('outdated')} outdated, ${count('missing')} missing`);
}
