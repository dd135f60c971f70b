import type { Subtotal } from '../lib/summariseFunding.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import type { ProgrammeYear } from './site.ts';

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

/**
 * The overview's four summaries (by chapter, subsection, administrator and
 * measure) as rows ready to render, all read from the year's computed summary.
 */
export function summaryTables(year: ProgrammeYear, locale: Locale): SummaryTable[] {
  const t = useTranslations(locale);
  const { summary } = year;
  const sectionByCode = new Map(year.sections.map((s) => [s.data.code, s]));
  const sectionRow = (code: string, subtotal: Subtotal): SummaryRow => ({
    code,
    label: sectionByCode.get(code)?.data.title[locale] ?? code,
    chartLabel: code,
    href: paths.part(locale, year.year, code),
    amount: subtotal.total,
    share: subtotal.share,
  });
  const subsections = [...summary.sections].filter(([code]) => sectionByCode.get(code)?.data.parent !== undefined);

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
      rows: subsections.map(([code, subtotal]) => sectionRow(code, subtotal)),
      total: undefined,
    },
    {
      id: 'by-administrator',
      caption: t('summary.byAdministrator'),
      hasCodes: false,
      rows: year.administrators.map((administrator) => {
        const subtotal = summary.administrators.get(administrator.id);
        return {
          code: administrator.id,
          label: administrator.data.name[locale],
          chartLabel: administrator.data.abbreviation[locale],
          href: paths.administrator(locale, year.year, administrator.id),
          amount: subtotal?.total ?? 0,
          share: subtotal?.share ?? 0,
        };
      }),
      total: summary.total,
    },
    {
      id: 'by-measure',
      caption: t('summary.byMeasure'),
      hasCodes: true,
      rows: year.measures[locale]
        .filter((measure) => measure.figures !== undefined)
        .map((measure) => ({
          code: measure.code,
          label: measure.entry.data.title,
          chartLabel: measure.code,
          href: paths.part(locale, year.year, measure.code),
          amount: measure.figures?.amount ?? 0,
          share: measure.figures?.share ?? 0,
        })),
      total: summary.total,
    },
  ];
}
