/**
 * `npm run new:measure -- --year 2023 --code 2.4 --administrator ministry`
 *
 * Writes a new measure as a draft: the Latvian file with every field (the
 * facts and the text) and a translation file per other language with the text
 * fields only, all with placeholder text. The number gives the section (2.4 is
 * in chapter 2). A draft shows in `npm run dev` with a "draft" badge but is not
 * published, counted or exported until `draft: true` is removed. Never
 * overwrites an existing file.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document, isMap, isScalar, stringify } from 'yaml';
import { readContent } from '#src/check/readContent.ts';
import { codeToSlug } from '#src/lib/codes/codeSlug.ts';
import { contentFile, contentPathOf, parseContentPath } from '#src/lib/content/contentPath.ts';
import { defaultLocale, localeCodes } from '#src/i18n/locales.ts';

const usage =
  'Usage: npm run new:measure -- --year 2023 --code 2.4 --administrator ministry\n' +
  '  --year           programme year (a file src/content/programmes/<year>.yaml must exist)\n' +
  '  --code           the new measure number, e.g. 2.4 or 2.1.4; its section is the number without the last part\n' +
  '  --administrator  id from src/content/administrators.yaml, e.g. ministry';

function stop(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    year: { type: 'string' },
    code: { type: 'string' },
    administrator: { type: 'string' },
    root: { type: 'string', default: '.' },
  },
});
const { year, code, administrator } = values;
if (!year || !code || !administrator) stop('Missing an option.');
const place = parseContentPath(contentFile.measure(year, defaultLocale, code));
if (!place.ok || place.path.code !== code) {
  stop(`--year ${year} --code "${code}": expected a year like 2023 and a measure number like 2.4 or 2.1.4.`);
}
const section = place.path.parent ?? '';

const root = path.resolve(values.root);
const content = await readContent(root);
if (!content.programmes.some((p) => contentPathOf(p).year === place.path.year)) {
  stop(`No programme for ${year}: expected ${contentFile.programme(year)}.`);
}
const sections = content.sections.map((s) => contentPathOf(s)).filter((s) => s.year === place.path.year);
if (!sections.some((s) => s.code === section)) {
  stop(
    `Measure ${code} belongs in section ${section}, which ${year} does not have: expected ${contentFile.section(year, section)}.`,
  );
}
if (sections.some((s) => s.code === code)) {
  stop(`${code} is the number of a section (${contentFile.section(year, code)}): a measure needs a number of its own.`);
}
const administrators = content.administrators.map((a) => a.id);
if (!administrators.includes(administrator)) {
  stop(`Unknown administrator "${administrator}"; expected one of: ${administrators.join(', ')}.`);
}

const placeholders = {
  lv: {
    title: 'Pasākuma nosaukums',
    result: 'Sagaidāmais rezultāts.',
    body: 'Pasākuma apraksts latviešu valodā, kā tas ir apstiprinātajā programmā.',
  },
  en: {
    title: 'Title of the measure',
    result: 'Expected result.',
    body: 'Description of the measure in English, translated from the Latvian text.',
  },
} as const;

/** The frontmatter as YAML, written by the YAML library so quoting is always right. */
function frontmatter(lang: keyof typeof placeholders): string {
  const text = placeholders[lang];
  if (lang !== defaultLocale) {
    return stringify({ title: text.title, results: [text.result], notes: [] });
  }
  const doc = new Document({
    title: text.title,
    administrator,
    funding: { amount: 0 },
    results: [text.result],
    notes: [],
    draft: true,
  });
  const draft = isMap(doc.contents)
    ? doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'draft')
    : undefined;
  if (draft && isScalar(draft.key)) {
    draft.key.commentBefore = ' Remove this line (or set it to false) to publish the measure, in every language.';
  }
  return stringify(doc);
}

const files = localeCodes.map((lang) => ({
  lang,
  file: path.join(root, contentFile.measure(year, lang, code)),
}));
const existing = files.filter(({ file }) => existsSync(file));
if (existing.length > 0) {
  stop(`Not overwriting: ${existing.map(({ file }) => path.relative(root, file)).join(', ')} already exists.`);
}

for (const { lang, file } of files) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `---\n${frontmatter(lang)}---\n\n${placeholders[lang].body}\n`, { flag: 'wx' });
  console.log(`Wrote ${path.relative(root, file)}`);
}
console.log(
  `\nMeasure ${code} (section ${section}) is a draft: it shows in "npm run dev" with a "draft" badge and is not published or counted.\n` +
    `Fill in the files, set funding.amount in the ${defaultLocale} file, update declaredTotal in the programme file, remove "draft: true", then run "npm run check".\n` +
    `The other languages' files count as not yet translated, and their pages show the ${defaultLocale} text, until the translation is marked done: "npm run translations -- --done ${year}/${codeToSlug(code)}".`,
);
