/**
 * `npm run new:measure -- --year 2023 --code 2.4 --section 2 --administrator ministry`
 *
 * Writes a new measure in both languages with every field present and
 * placeholder text, as a draft: it shows in `npm run dev` with a "draft" badge
 * but is not published, counted or exported until `draft: true` is removed.
 * Never overwrites an existing file.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from './readContent.ts';
import { codeToSlug, parentCode } from '../src/lib/codeSlug.ts';
import { localeCodes } from '../src/i18n/locales.ts';

const usage =
  'Usage: npm run new:measure -- --year 2023 --code 2.4 --section 2 --administrator ministry\n' +
  '  --year           programme year (a file src/content/programmes/<year>.yaml must exist)\n' +
  '  --code           the new measure number, e.g. 2.4 or 2.1.4\n' +
  '  --section        the chapter or subsection it belongs to, e.g. 2 or 2.1\n' +
  '  --administrator  id from src/content/administrators.yaml, e.g. ministry';

function stop(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    year: { type: 'string' },
    code: { type: 'string' },
    section: { type: 'string' },
    administrator: { type: 'string' },
    root: { type: 'string', default: '.' },
  },
});
const { year, code, section, administrator } = values;
if (!year || !code || !section || !administrator) stop('Missing an option.');
if (!/^\d+(\.\d+)+$/.test(code)) stop(`--code "${code}": expected a measure number like 2.4 or 2.1.4.`);
if (parentCode(code) !== section) stop(`--code ${code} belongs in section ${parentCode(code)}, not ${section}.`);

const root = path.resolve(values.root);
const content = await readContent(root);
if (!content.programmes.some((p) => p.id === year))
  stop(`No programme for ${year}: expected src/content/programmes/${year}.yaml.`);
const sectionId = `${year}/${codeToSlug(section)}`;
if (!content.sections.some((s) => s.id === sectionId)) {
  stop(`No section ${section} in ${year}: expected src/content/sections/${year}/${codeToSlug(section)}.yaml.`);
}
const administrators = (content.administrators.data as unknown as { id: string }[]).map((a) => a.id);
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

const files = localeCodes.map((lang) => ({
  lang,
  file: path.join(root, 'src/content/measures', year, lang, `${codeToSlug(code)}.mdx`),
}));
const existing = files.filter(({ file }) => existsSync(file));
if (existing.length > 0) {
  stop(`Not overwriting: ${existing.map(({ file }) => path.relative(root, file)).join(', ')} already exists.`);
}

for (const { lang, file } of files) {
  const text = placeholders[lang];
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(
    file,
    `---
code: "${code}"
title: "${text.title}"
section: ${sectionId}
administrator: ${administrator}
funding:
  amount: 0
results:
  - "${text.result}"
notes: []
# Remove this line (or set it to false) to publish the measure.
draft: true
---

${text.body}
`,
    { flag: 'wx' },
  );
  console.log(`Wrote ${path.relative(root, file)}`);
}
console.log(
  `\nMeasure ${code} is a draft: it shows in "npm run dev" with a "draft" badge and is not published or counted.\n` +
    'Fill in both files, set funding.amount, update declaredTotal in the programme file, remove "draft: true", then run "npm run check".',
);
