import { defaultLocale } from '#src/i18n/locales.ts';
import { markdownBlocks } from '#src/lib/language/markdownBlocks.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';

/** One Latvian text of the content and where it comes from. */
export interface Fragment {
  file: string;
  /** The dotted field (`results.2`, `intro.0`), or `body` for a paragraph of an MDX body. */
  field: string;
  /** For a paragraph of a body, the line of the file it starts on. */
  line?: number | undefined;
  text: string;
}

/** A content file as plain data: what both the build (Astro's collections) and the tests (raw files) have. */
export interface ContentText {
  file: string;
  data: object;
  /** The Markdown body, for measures. */
  body?: string | undefined;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const child = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

/**
 * The authoritative-language texts at a dotted field, each with its own field
 * (`results.0`): of a value in every language, its Latvian part; a text
 * written once (a measure's, the signatory's name) as it is.
 */
function textsAt(data: unknown, field: string): { field: string; text: string }[] {
  let value = field.split('.').reduce(child, data);
  const own = child(value, defaultLocale);
  if (own !== undefined) value = own;
  if (typeof value === 'string') return [{ field, text: value }];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) =>
      typeof item === 'string' ? [{ field: `${field}.${index}`, text: item }] : [],
    );
  }
  return [];
}

/**
 * The fields whose Latvian text must occur verbatim in the approved source.
 * Everything else — editorial notes (ours), administrators' names, prose
 * pages, the interface — is not compared. The About page states this list
 * (a test reads it from here).
 */
export const checkedFields = {
  programme: [
    'title',
    'approval.text',
    'legalBasis',
    'introduction',
    'signatureNote',
    'signatory.name',
    'signatory.position',
  ],
  sections: ['title', 'intro', 'goals', 'tasks'],
  measures: ['title', 'results', 'funding.note', 'body'],
} as const;

/**
 * Every Latvian text of one programme year that must occur verbatim in its
 * source: the programme's own texts, the sections' titles, intros, goals and
 * tasks, and each Latvian measure's title, results, funding note and body
 * (`checkedFields`). Language-of-parts markup is taken out. Shared by the
 * fidelity test and the content check, so both check the same.
 *
 * @example latvianFragments({ programme, sections, measures: latvianMeasures })
 */
export function latvianFragments(content: {
  programme: ContentText;
  sections: ContentText[];
  /** The measures in the authoritative language only. */
  measures: ContentText[];
}): Fragment[] {
  const { programme } = content;
  return [
    ...checkedFields.programme.flatMap((field) =>
      textsAt(programme.data, field).map((t) => ({ file: programme.file, ...t })),
    ),
    ...content.sections.flatMap((s) =>
      checkedFields.sections.flatMap((field) => textsAt(s.data, field).map((t) => ({ file: s.file, ...t }))),
    ),
    ...content.measures.flatMap((m) =>
      checkedFields.measures.flatMap((field): Fragment[] =>
        field === 'body'
          ? markdownBlocks(m.body ?? '').map((block) => ({ file: m.file, field, line: block.line, text: block.text }))
          : textsAt(m.data, field).map((t) => ({ file: m.file, ...t })),
      ),
    ),
  ].map((f) => ({ ...f, text: collapse(stripLangMarkup(f.text)) }));
}
