import { markdownBlocks } from './markdownBlocks.ts';
import { stripLangMarkup } from './stripLangMarkup.ts';

/** One Latvian text of the content and where it comes from (`file › field`). */
export interface Fragment {
  where: string;
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
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(texts) : [];
/** A field by its dotted path (`approval.text`). */
const at = (data: unknown, path: string): unknown => path.split('.').reduce(field, data);
/** A bilingual field's Latvian texts, or a plain field's own (a Latvian measure's fields, the signatory's name). */
const latvian = (value: unknown): string[] => {
  const lv = field(value, 'lv');
  return texts(lv === undefined ? value : lv);
};

/**
 * The fields whose Latvian text must occur verbatim in the source, by kind of
 * entry, in the order the fragments are listed; a measure's `body` is its
 * Markdown, in blocks. Everything else is not compared with the source: our
 * editorial notes, the administrators, the site's own pages and UI strings.
 * The About pages say exactly this (a unit test compares them).
 */
export const CHECKED_FIELDS = {
  programme: [
    'title',
    'approval.text',
    'legalBasis',
    'introduction',
    'signatureNote',
    'signatory.name',
    'signatory.position',
  ],
  section: ['title', 'intro', 'goals', 'tasks'],
  measure: ['title', 'results', 'funding.note', 'body'],
} as const;

/**
 * Every Latvian text of one programme year that must occur verbatim in its
 * source: the fields of CHECKED_FIELDS of the programme, its sections and its
 * Latvian measures, each named `file › field`. Language-of-parts markup is
 * taken out. Shared by the fidelity test and the build, so both check the same.
 *
 * @example latvianFragments({ programme, sections, measures: latvianMeasures })
 */
export function latvianFragments(content: {
  programme: ContentText;
  sections: ContentText[];
  /** The Latvian measures only. */
  measures: ContentText[];
}): Fragment[] {
  const of = (entry: ContentText, fields: readonly string[]): Fragment[] =>
    fields.flatMap((key) =>
      (key === 'body' ? markdownBlocks(entry.body ?? '').map((block) => block.text) : latvian(at(entry.data, key))).map(
        (text) => ({ where: `${entry.file} › ${key}`, text }),
      ),
    );
  return [
    ...of(content.programme, CHECKED_FIELDS.programme),
    ...content.sections.flatMap((s) => of(s, CHECKED_FIELDS.section)),
    ...content.measures.flatMap((m) => of(m, CHECKED_FIELDS.measure)),
  ].map((f) => ({ ...f, text: collapse(stripLangMarkup(f.text)) }));
}
