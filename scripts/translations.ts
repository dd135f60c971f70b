/**
 * `npm run translations`: where every translation stands against its Latvian
 * original — up to date, outdated (with the date of the Latvian change), or
 * missing. `npm run translations -- --done 2023/2-1-2` records that the
 * translations of 2.1.2 match the Latvian text as it is now; `--done all`
 * does it for every measure.
 *
 * Usage: node scripts/translations.ts [--root DIR] [--done YEAR/NUMBER|all ...]
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from './loadContent.ts';
import { contentDates } from '../src/data/contentDates.ts';
import { stampOf } from '../src/data/records.ts';
import { defaultLocale, localeCodes } from '../src/i18n/locales.ts';
import { setTranslates } from '../src/lib/setTranslates.ts';
import { translationStatus } from '../src/lib/translationStatus.ts';
import { parseMeasureId } from '../src/lib/validateProgramme.ts';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, done: { type: 'string', multiple: true, default: [] } },
});
const root = path.resolve(values.root);
const content = await loadContent(root);
const translationsById = new Map(content.translations.map((t) => [t.id, t]));
const rows = content.measures.flatMap((measure) => {
  const parts = parseMeasureId(measure.id);
  if (!parts) return [];
  const stamp = stampOf(measure);
  return localeCodes
    .filter((lang) => lang !== defaultLocale)
    .map((lang) => {
      const id = `${parts.year}/${lang}/${parts.slug}`;
      const translation = translationsById.get(id);
      return {
        key: `${parts.year}/${parts.slug}`,
        lang,
        measure,
        stamp,
        translation,
        file: `src/content/measures/${id}.mdx`,
      };
    });
});

if (values.done.length > 0) {
  const wanted = new Set(values.done);
  const known = new Set(rows.map((r) => r.key));
  for (const key of wanted) {
    if (key !== 'all' && !known.has(key)) {
      console.log(`Error: no measure ${key}; expected <year>/<number with dashes>, e.g. 2023/2-1-2, or all`);
      process.exit(1);
    }
  }
  for (const row of rows.filter((r) => wanted.has('all') || wanted.has(r.key))) {
    if (!row.translation) {
      console.log(`Skipped ${row.file}: there is no translation to mark as done.`);
      continue;
    }
    const file = path.join(root, row.file);
    await writeFile(file, setTranslates(await readFile(file, 'utf8'), row.stamp));
    console.log(`Marked ${row.file} as translating the current ${defaultLocale} text.`);
  }
} else {
  const dates = await contentDates(root, { strict: false });
  const label = { current: 'up to date', outdated: 'outdated', missing: 'missing' } as const;
  const lines = rows.map((row) => {
    const status = translationStatus(row.stamp, row.translation?.data);
    const since = status === 'outdated' ? (dates.get(row.measure.filePath)?.slice(0, 10) ?? 'uncommitted') : '';
    return [row.key, row.lang, label[status], since ? `${defaultLocale} text changed ${since}` : '', row.file];
  });
  const header = ['measure', 'lang', 'status', 'since', 'file'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  for (const line of [header, ...lines])
    console.log(
      line
        .map((cell, i) => (cell ?? '').padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  const outdated = lines.filter((l) => l[2] === label.outdated).length;
  const missing = lines.filter((l) => l[2] === label.missing).length;
  console.log(`${lines.length - outdated - missing} up to date, ${outdated} outdated, ${missing} missing`);
}
