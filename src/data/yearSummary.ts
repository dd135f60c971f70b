import { contentPathOf } from '#src/lib/content/contentPath.ts';
import { summariseFunding, type FundingSummary } from '#src/lib/money/summariseFunding.ts';

interface Entry<D = unknown> {
  id: string;
  filePath?: string | undefined;
  data: D;
}

/**
 * One programme year's funding from its entries, as Astro's collections or the
 * file reader give them: the site's pages and `npm run check`'s figures are
 * the same computation. Drafts count towards nothing.
 */
export function yearSummary(
  collections: {
    sections: readonly Entry[];
    measures: readonly Entry<{ administrator: { id: string }; funding: { amount: number }; draft: boolean }>[];
    administrators: readonly { id: string }[];
  },
  year: number,
): FundingSummary {
  const own = <E extends Entry>(entries: readonly E[]) =>
    entries.map((entry) => ({ entry, path: contentPathOf(entry) })).filter(({ path }) => path.year === year);
  return summariseFunding(
    own(collections.measures)
      .filter(({ entry }) => !entry.data.draft)
      .map(({ entry, path }) => ({
        code: path.code ?? '',
        section: path.parent ?? '',
        administrator: entry.data.administrator.id,
        amount: entry.data.funding.amount,
      })),
    own(collections.sections).map(({ path }) => ({ code: path.code ?? '', parent: path.parent })),
    collections.administrators.map((a) => a.id),
  );
}
