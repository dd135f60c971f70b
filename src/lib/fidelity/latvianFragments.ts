import { markdownBlocks } from '#src/lib/language/markdownBlocks.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';

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
const lv = (value: unknown) => texts(field(value, 'lv'));

/**
 * Every Latvian text of one programme year that must occur verbatim in its
 * source: the programme's own texts, the sections' titles, intros, goals and
 * tasks, and each Latvian measure's title, results, funding note and body.
 * Editorial notes are ours and are left out; language-of-parts markup is
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
  const d = content.programme.data;
  const signatory = field(d, 'signatory');
  return [
    ...[
      ...lv(field(d, 'title')),
      ...lv(field(field(d, 'approval'), 'text')),
      ...lv(field(d, 'legalBasis')),
      ...lv(field(d, 'introduction')),
      ...lv(field(d, 'signatureNote')),
      ...texts(field(signatory, 'name')),
      ...lv(field(signatory, 'position')),
    ].map((text) => ({ where: content.programme.file, text })),
    ...content.sections.flatMap((s) =>
      ['title', 'intro', 'goals', 'tasks'].flatMap((key) =>
        lv(field(s.data, key)).map((text) => ({ where: `${s.file} › ${key}`, text })),
      ),
    ),
    ...content.measures.flatMap((m) => [
      ...texts(field(m.data, 'title')).map((text) => ({ where: `${m.file} › title`, text })),
      ...texts(field(m.data, 'results')).map((text) => ({ where: `${m.file} › results`, text })),
      ...texts(field(field(m.data, 'funding'), 'note')).map((text) => ({ where: `${m.file} › funding.note`, text })),
      ...markdownBlocks(m.body ?? '').map((block) => ({ where: `${m.file} › body`, text: block.text })),
    ]),
  ].map((f) => ({ ...f, text: collapse(stripLangMarkup(f.text)) }));
}
