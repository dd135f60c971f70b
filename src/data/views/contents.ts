/**
 * The one contents tree of a programme year: chapters, then the subsections
 * and measures inside each, in the document's order (2.1 and 2.2 before 2.3,
 * whichever kind each is). The overview's and a chapter's contents lists and
 * the whole document's parts are all read from it.
 */
import { compareCodes } from '#src/lib/codes/compareCodes.ts';
import type { ProgrammeYear } from '#src/data/site.ts';

export interface ContentsNode {
  kind: 'section' | 'measure';
  code: string;
  /** What is inside a section, in order; none for a measure. */
  children: ContentsNode[];
}

/** A line of a table of contents: a section with its parts, or a measure. */
export interface ContentsItem {
  href: string;
  heading: string;
  draft: boolean;
  children: ContentsItem[];
}

/** The parts of the year inside the section `parent` (the chapters, for none), nested. */
export function contentsTree(year: ProgrammeYear, parent?: string): ContentsNode[] {
  return [
    ...year.sections
      .filter((s) => s.parent === parent)
      .map((s): ContentsNode => ({ kind: 'section', code: s.code, children: contentsTree(year, s.code) })),
    // A measure sits in the section its number names: 2.3 in chapter 2, 2.1.2 in 2.1; none is outside a chapter.
    ...(parent === undefined ? [] : year.measures.filter((m) => m.section === parent)).map((m): ContentsNode => ({
      kind: 'measure',
      code: m.code,
      children: [],
    })),
  ].sort((a, b) => compareCodes(a.code, b.code));
}

/** The contents list of `nodes`, each line made by `line`. */
export function contentsItems(
  nodes: readonly ContentsNode[],
  line: (node: ContentsNode) => Omit<ContentsItem, 'children'>,
): ContentsItem[] {
  return nodes.map((node) => ({ ...line(node), children: contentsItems(node.children, line) }));
}

/** The node of the section `code`, wherever it is in the tree. */
export function findSection(nodes: readonly ContentsNode[], code: string): ContentsNode | undefined {
  for (const node of nodes) {
    if (node.kind === 'section' && node.code === code) return node;
    const inside = findSection(node.children, code);
    if (inside) return inside;
  }
  return undefined;
}
