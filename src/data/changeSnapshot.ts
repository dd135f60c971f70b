/**
 * One programme year's figures and texts from its content files as text, at
 * a commit or in the working copy, for comparing two versions of the content
 * (`npm run changes`, `npm run review`, the updates pages). Read leniently:
 * only amounts, the structure and texts, with none of today's schema rules, so
 * a file written under an older schema still counts and a later schema change
 * never breaks the history; what cannot be read at all is left out.
 */
import { parseFrontmatter } from 'astro/markdown';
import { parse } from 'yaml';
import { defaultLocale, localeCodes } from '#src/i18n/locales.ts';
import { parseContentPath, type ContentPath } from '#src/lib/content/contentPath.ts';
import type { ContentSnapshot } from '#src/lib/history/summariseChanges.ts';
import { markdownBlocks } from '#src/lib/language/markdownBlocks.ts';
import { pickLanguage } from '#src/lib/language/pickLanguage.ts';
import type { FundedMeasure, SectionNode } from '#src/lib/money/summariseFunding.ts';
import { translationStatus } from '#src/lib/translation/translationStatus.ts';
import { measureStamp } from './records.ts';

type Data = Record<string, unknown>;

const record = (value: unknown): Data =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {};
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const string = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Every string in a value, in order: a language's part of a YAML entry as paragraphs. */
function flatten(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(flatten);
  return [];
}

/** Each language's paragraphs of an entry that holds every language (a section, the programme, an administrator). */
const byLanguage = (data: Data): Partial<Record<string, string[]>> =>
  Object.fromEntries(
    localeCodes.map((lang) => [lang, flatten(pickLanguage({ ...data, translates: undefined }, lang, localeCodes))]),
  );

/** A body's paragraphs as a reader reads them; an MDX body that does not parse any more, by its blank lines. */
function bodyParagraphs(body: string): string[] {
  try {
    return markdownBlocks(body).map((block) => block.text);
  } catch {
    return body
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
  }
}

/** An MDX file's frontmatter and body, or undefined when its frontmatter is not YAML. */
function mdx(text: string): { data: Data; body: string } | undefined {
  try {
    const split = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    return { data: record(split.frontmatter), body: split.content };
  } catch {
    return undefined;
  }
}

function yaml(text: string): unknown {
  try {
    return parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A measure file's text as paragraphs, in the order of its page. */
const measureParagraphs = (data: Data, body: string) => [
  ...(string(data['title']) ? [string(data['title']) ?? ''] : []),
  ...bodyParagraphs(body),
  ...strings(data['results']),
  ...(string(record(data['funding'])['note']) ? [string(record(data['funding'])['note']) ?? ''] : []),
  ...strings(data['notes']),
];

/**
 * The snapshot of `year` from `files` (path relative to the project → text):
 * drafts count towards nothing and show no text, as on the site.
 */
export function changeSnapshot(files: ReadonlyMap<string, string>, year: number): ContentSnapshot {
  const placed = [...files]
    .map(([file, text]) => ({ path: parseContentPath(file), text }))
    .flatMap(({ path, text }) => (path.ok ? [{ path: path.path, text }] : []))
    .filter(({ path }) => path.year === year || path.kind === 'administrators')
    .sort((a, b) => a.path.file.localeCompare(b.path.file, 'en'));
  const texts: ContentSnapshot['texts'] = new Map();
  const facts = new Map<string, unknown>();
  const measures: FundedMeasure[] = [];
  const sections: SectionNode[] = [];
  const administrators: string[] = [];
  const stamps = new Map<string, string>();
  const translates = new Map<string, { path: ContentPath; translates: string | undefined }>();
  let declaredTotal: number | undefined;

  for (const { path, text } of placed) {
    if (path.kind === 'measure') {
      const read = mdx(text);
      if (!read) continue;
      const { data, body } = read;
      if (path.lang === defaultLocale) {
        if (data['draft'] === true) continue;
        const amount = record(data['funding'])['amount'];
        const administrator = string(data['administrator']) ?? '';
        if (typeof amount === 'number') {
          measures.push({ code: path.code ?? '', section: path.parent ?? '', administrator, amount });
        }
        facts.set(path.file, { amount, administrator });
        stamps.set(
          path.code ?? '',
          measureStamp({
            data: {
              title: string(data['title']) ?? '',
              results: strings(data['results']),
              notes: strings(data['notes']),
              funding: { note: string(record(data['funding'])['note']) },
            },
            body,
          }),
        );
      } else {
        translates.set(path.file, { path, translates: string(data['translates']) });
      }
      texts.set(path.file, { [path.lang ?? defaultLocale]: measureParagraphs(data, body) });
    } else if (path.kind === 'programme') {
      const data = record(yaml(text));
      if (typeof data['declaredTotal'] === 'number') declaredTotal = data['declaredTotal'];
      texts.set(path.file, byLanguage(data));
    } else if (path.kind === 'chapter' || path.kind === 'subsection') {
      sections.push({ code: path.code ?? '', parent: path.parent });
      texts.set(path.file, byLanguage(record(yaml(text))));
    } else if (path.kind === 'administrators') {
      const items = yaml(text);
      for (const item of Array.isArray(items) ? items.map(record) : []) {
        const id = string(item['id']);
        if (id === undefined) continue;
        administrators.push(id);
        texts.set(`${path.file} › ${id}`, byLanguage(item));
      }
    }
  }
  // Drafts are not published: their translations are not either.
  const published = [...translates].filter(([, { path }]) => stamps.has(path.code ?? ''));
  for (const [file] of translates) if (!published.some(([kept]) => kept === file)) texts.delete(file);

  const fingerprints = new Map(
    [...new Set([...texts.keys(), ...facts.keys()])].map((file) => [
      file,
      JSON.stringify([texts.get(file) ?? null, facts.get(file) ?? null]),
    ]),
  );
  return {
    declaredTotal,
    measures,
    sections,
    administrators: administrators.sort((a, b) => a.localeCompare(b, 'en')),
    texts,
    files: fingerprints,
    translationsCurrent: new Map(
      published.map(([file, { path, translates: recorded }]) => [
        file,
        translationStatus(stamps.get(path.code ?? '') ?? '', { translates: recorded }) === 'current',
      ]),
    ),
  };
}
