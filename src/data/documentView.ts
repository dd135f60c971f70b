/**
 * The whole programme on one page: the same views as the other pages,
 * arranged as the source arranges them, each part with its anchor and its
 * heading level, and a contents list that links within the page.
 */
import type { Locale } from '#src/i18n/locales.ts';
import { parentCode } from '#src/lib/codes/codeSlug.ts';
import { compareCodes } from '#src/lib/codes/compareCodes.ts';
import { documentAnchor } from '#src/lib/codes/documentAnchor.ts';
import type { ProgrammeYear } from './site.ts';
import { programmeView, type ContentsItem, type MeasureView, type ProgrammeView, type SectionView } from './views.ts';

/**
 * A chapter or subsection with its parts, or a measure, at its heading level
 * (chapters are h2) and the level of the headings inside it (goals, results).
 */
export type DocumentPart =
  | { kind: 'section'; anchor: string; level: number; inner: number; section: SectionView; parts: DocumentPart[] }
  | { kind: 'measure'; anchor: string; level: number; inner: number; measure: MeasureView };

export interface DocumentView {
  programme: ProgrammeView;
  /** The chapters, in the source's order, each holding its subsections and measures. */
  chapters: DocumentPart[];
  /** The contents list at the top: every part, linked to its anchor on this page. */
  contents: ContentsItem[];
}

/** The whole-document page of one programme year in one language. */
export function documentView(year: ProgrammeYear, locale: Locale): DocumentView {
  const programme = programmeView(year, locale);
  const partsOf = (parent: string | undefined, level: number): DocumentPart[] =>
    [
      ...programme.sections
        .filter((section) => parentCode(section.code) === parent)
        .map((section): DocumentPart => ({
          kind: 'section',
          anchor: documentAnchor(section.code, 'section'),
          level,
          inner: level + 1,
          section,
          parts: partsOf(section.code, level + 1),
        })),
      // A measure sits in the section its number names: 2.3 in chapter 2, 2.1.2 in 2.1.
      ...(parent === undefined ? [] : programme.measures)
        .filter((measure) => parentCode(measure.code) === parent)
        .map((measure): DocumentPart => ({
          kind: 'measure',
          anchor: documentAnchor(measure.code, 'measure'),
          level,
          inner: level + 1,
          measure,
        })),
    ].sort((a, b) => compareCodes(codeOf(a), codeOf(b)));
  const contentsOf = (parts: DocumentPart[]): ContentsItem[] =>
    parts.map((part) =>
      part.kind === 'section'
        ? { href: `#${part.anchor}`, heading: part.section.heading, draft: false, children: contentsOf(part.parts) }
        : { href: `#${part.anchor}`, heading: part.measure.heading, draft: part.measure.draft, children: [] },
    );
  const chapters = partsOf(undefined, 2);
  return { programme, chapters, contents: contentsOf(chapters) };
}

const codeOf = (part: DocumentPart) => (part.kind === 'section' ? part.section.code : part.measure.code);
