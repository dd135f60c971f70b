import { lookup } from '#src/lib/content/lookup.ts';
import type { Subtotal } from '#src/lib/money/summariseFunding.ts';
import type { YearContext } from './context.ts';
import type { AdministratorView } from './administrator.ts';
import type { MeasureView } from './measure.ts';

export interface SummaryRow {
  code: string;
  label: string;
  /** Short label for the chart's label column (the number, or an abbreviation). */
  chartLabel: string;
  href: string;
  amount: number;
  share: number;
}

export interface SummaryTable {
  id: string;
  caption: string;
  /** Whether the rows have a number column. */
  hasCodes: boolean;
  rows: SummaryRow[];
  /** The total row, when the rows add up to the programme's total. */
  total: number | undefined;
}

/** The overview's four tables: by chapter, subsection, administrator and measure. */
export function summaryTables(
  ctx: YearContext,
  administrators: AdministratorView[],
  measures: MeasureView[],
): SummaryTable[] {
  const { year, t } = ctx;
  const { summary } = year;
  const sectionByCode = new Map(year.sections.map((s) => [s.code, s]));
  const sectionRow = (code: string, subtotal: Subtotal): SummaryRow => ({
    code,
    label: ctx.sectionTitle(lookup(sectionByCode, code, 'section')),
    chartLabel: code,
    href: ctx.part(code),
    amount: subtotal.total,
    share: subtotal.share,
  });
  return [
    {
      id: 'by-chapter',
      caption: t('summary.byChapter'),
      hasCodes: true,
      rows: [...summary.chapters].map(([code, subtotal]) => sectionRow(code, subtotal)),
      total: summary.total,
    },
    {
      id: 'by-subsection',
      caption: t('summary.bySection'),
      hasCodes: true,
      rows: year.sections
        .filter((s) => s.parent !== undefined)
        .map((s) => sectionRow(s.code, lookup(summary.sections, s.code, 'subtotal of section'))),
      total: undefined,
    },
    {
      id: 'by-administrator',
      caption: t('summary.byAdministrator'),
      hasCodes: false,
      rows: administrators.map((a) => ({
        code: a.id,
        label: a.name,
        chartLabel: a.abbreviation,
        href: a.href,
        amount: a.total,
        share: a.share,
      })),
      total: summary.total,
    },
    {
      id: 'by-measure',
      caption: t('summary.byMeasure'),
      hasCodes: true,
      rows: measures.flatMap((m) =>
        m.shares
          ? [
              {
                code: m.code,
                label: m.title,
                chartLabel: m.code,
                href: m.href,
                amount: m.amount,
                share: m.shares.programme,
              },
            ]
          : [],
      ),
      total: summary.total,
    },
  ];
}
