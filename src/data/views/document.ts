/**
 * The whole programme on one page: the same views as the other pages,
 * arranged by the one contents tree as the source arranges them, each part
 * with its anchor and its heading level, and a contents list that links
 * within the page.
 */
import { siteUrl } from '#src/data/siteUrl.ts';
import type { Locale } from '#src/i18n/locales.ts';
import { documentAnchor } from '#src/lib/codes/documentAnchor.ts';
import { lookup } from '#src/lib/content/lookup.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';
import { useTranslations } from '#src/i18n/index.ts';
import type { ProgrammeYear } from '#src/data/site.ts';
import { contentsItems, type ContentsItem, type ContentsNode } from './contents.ts';
import type { MeasureView } from './measure.ts';
import { programmeView, type ProgrammeView } from './programme.ts';
import type { SectionView } from './section.ts';

/** Where a part is on the page: its anchor, its heading's id, and the level of its heading and of those inside it. */
interface Placed {
  anchor: string;
  headingId: string;
  notesId: string;
  level: number;
  inner: number;
}

/**
 * A chapter or subsection with its parts, or a measure, at its heading level
 * (chapters are h2) and the level of the headings inside it (goals, results).
 */
export type DocumentPart =
  | (Placed & { kind: 'section'; section: SectionView; parts: DocumentPart[] })
  | (Placed & { kind: 'measure'; measure: MeasureView });

export interface DocumentView {
  programme: ProgrammeView;
  /** The chapters, in the source's order, each holding its subsections and measures. */
  chapters: DocumentPart[];
  /** The contents list at the top: every part, linked to its anchor on this page. */
  contents: ContentsItem[];
  /** The page's own address, when the site has one. */
  address: string | undefined;
  /** How to cite the programme when there is no address. */
  citation: string;
}

/** The whole-document page of one programme year in one language. */
export function documentView(year: ProgrammeYear, locale: Locale): DocumentView {
  const programme = programmeView(year, locale);
  const t = useTranslations(locale);
  const sectionByCode = new Map(programme.sections.map((s) => [s.code, s]));
  const measureByCode = new Map(programme.measures.map((m) => [m.code, m]));
  const place = (node: ContentsNode, level: number): Placed => {
    const anchor = documentAnchor(node.code, node.kind);
    return { anchor, headingId: `${anchor}-heading`, notesId: `${anchor}-notes`, level, inner: level + 1 };
  };
  const partsOf = (nodes: readonly ContentsNode[], level: number): DocumentPart[] =>
    nodes.map((node) =>
      node.kind === 'section'
        ? {
            kind: 'section',
            ...place(node, level),
            section: lookup(sectionByCode, node.code, 'section'),
            parts: partsOf(node.children, level + 1),
          }
        : { kind: 'measure', ...place(node, level), measure: lookup(measureByCode, node.code, 'measure') },
    );
  const site = siteUrl();
  return {
    programme,
    chapters: partsOf(programme.tree, 2),
    contents: contentsItems(programme.tree, (node) => {
      const { anchor } = place(node, 0);
      if (node.kind === 'section') {
        return { href: `#${anchor}`, heading: lookup(sectionByCode, node.code, 'section').heading, draft: false };
      }
      const measure = lookup(measureByCode, node.code, 'measure');
      return { href: `#${anchor}`, heading: measure.heading, draft: measure.draft };
    }),
    address: absoluteUrl(programme.documentHref, site),
    citation: t('document.citation', {
      title: stripLangMarkup(programme.title),
      approval: stripLangMarkup(programme.approval),
    }),
  };
}
