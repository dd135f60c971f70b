import { compareCodes } from '#src/lib/codes/compareCodes.ts';
import { percentShares, shareOf } from './percentShares.ts';
import { fromCents, toCents } from './toCents.ts';
import { lookup } from '#src/lib/content/lookup.ts';

export interface FundedMeasure {
  code: string;
  /** Code of the section the measure sits in directly. */
  section: string;
  administrator: string;
  amount: number;
}

export interface SectionNode {
  code: string;
  /** Code of the enclosing chapter; undefined for a chapter. */
  parent: string | undefined;
}

/** A subtotal and its share of the programme's total (percent, one decimal). */
export interface Subtotal {
  total: number;
  share: number;
  /** Codes of the measures it covers, in document order. */
  measures: string[];
}

export interface MeasureFigures {
  amount: number;
  /** Share of the programme, percent; the measures' shares add up to 100. */
  share: number;
  /** Chapter the measure belongs to (its top-level section). */
  chapter: string;
  /** Share of its chapter, percent; within a chapter they add up to 100. */
  shareOfChapter: number;
}

export interface FundingSummary {
  total: number;
  /** Chapters in order; their shares add up to 100. */
  chapters: Map<string, Subtotal>;
  /** Every section (chapters and subsections) with nested subtotals: 2 = 2.1 + 2.2 + 2.3. */
  sections: Map<string, Subtotal>;
  /** Administrators in the order given; their shares add up to 100. */
  administrators: Map<string, Subtotal>;
  /** Measures in document order. */
  measures: Map<string, MeasureFigures>;
}

/** The share at `index`: percentShares returns one per part, so a missing one is a bug, never 0 %. */
function shareAt(shares: readonly number[], index: number): number {
  const share = shares[index];
  if (share === undefined) throw new Error(`No share for part ${index} of ${shares.length}`);
  return share;
}

/** Keys and values of a grouping, with largest-remainder shares that add up to 100. */
function withShares(groups: [string, { cents: number; measures: string[] }][]): Map<string, Subtotal> {
  const shares = percentShares(groups.map(([, group]) => group.cents));
  return new Map(
    groups.map(([key, group], index) => [
      key,
      { total: fromCents(group.cents), share: shareAt(shares, index), measures: group.measures },
    ]),
  );
}

/**
 * Every figure the site shows about a programme's money, computed once per
 * build in a single pass over the measures (cost grows linearly with them).
 * Sums are in cents; shares use largest-remainder rounding.
 */
export function summariseFunding(
  measures: readonly FundedMeasure[],
  sections: readonly SectionNode[],
  administrators: readonly string[],
): FundingSummary {
  const ordered = [...measures].sort((a, b) => compareCodes(a.code, b.code));
  const parentOf = new Map(sections.map((s) => [s.code, s.parent]));
  const empty = () => ({ cents: 0, measures: [] as string[] });
  const bySection = new Map(sections.map((s) => [s.code, empty()]));
  const byAdministrator = new Map(administrators.map((id) => [id, empty()]));
  let totalCents = 0;
  /** Each measure's chapter: the outermost section above it. */
  const chapterOf = new Map<string, string>();

  for (const measure of ordered) {
    const cents = toCents(measure.amount);
    totalCents += cents;
    // Add to the section and every section above it; the last one is its chapter.
    for (let code: string | undefined = measure.section; code !== undefined; code = parentOf.get(code)) {
      const group = bySection.get(code) ?? empty();
      group.cents += cents;
      group.measures.push(measure.code);
      bySection.set(code, group);
      chapterOf.set(measure.code, code);
    }
    const group = byAdministrator.get(measure.administrator) ?? empty();
    group.cents += cents;
    group.measures.push(measure.code);
    byAdministrator.set(measure.administrator, group);
  }

  const sectionCodes = [...bySection.keys()].sort(compareCodes);
  const chapters = withShares(
    sectionCodes
      .filter((code) => parentOf.get(code) === undefined)
      .map((code) => [code, bySection.get(code) ?? empty()]),
  );
  const sectionTotals = new Map(
    sectionCodes.map((code) => {
      const group = bySection.get(code) ?? empty();
      return [
        code,
        { total: fromCents(group.cents), share: shareOf(group.cents, totalCents), measures: group.measures },
      ];
    }),
  );

  const programmeShares = percentShares(ordered.map((m) => toCents(m.amount)));
  const byChapter = new Map<string, FundedMeasure[]>();
  for (const measure of ordered) {
    const chapter = lookup(chapterOf, measure.code, 'chapter of measure');
    const list = byChapter.get(chapter);
    if (list) list.push(measure);
    else byChapter.set(chapter, [measure]);
  }
  const chapterShares = new Map<string, number>();
  for (const inChapter of byChapter.values()) {
    const shares = percentShares(inChapter.map((m) => toCents(m.amount)));
    inChapter.forEach((m, index) => chapterShares.set(m.code, shareAt(shares, index)));
  }

  return {
    total: fromCents(totalCents),
    chapters,
    sections: sectionTotals,
    administrators: withShares([...byAdministrator.entries()]),
    measures: new Map(
      ordered.map((m, index) => [
        m.code,
        {
          amount: m.amount,
          share: shareAt(programmeShares, index),
          chapter: lookup(chapterOf, m.code, 'chapter of measure'),
          shareOfChapter: lookup(chapterShares, m.code, 'share of its chapter for measure'),
        },
      ]),
    ),
  };
}
