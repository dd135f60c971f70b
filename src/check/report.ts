/**
 * What `npm run check` prints, and the build prints when it refuses the
 * content: every problem (`file:line › field: message`), the figures staff
 * compare with the approved document, computed as the site computes them, and
 * a one-line summary.
 */
import { yearSummary } from '#src/data/yearSummary.ts';
import { defaultLocale, localeCodes } from '#src/i18n/locales.ts';
import { contentPathOf } from '#src/lib/content/contentPath.ts';
import { formatProblem } from '#src/lib/content/problem.ts';
import { formatMoney } from '#src/lib/money/formatMoney.ts';
import type { CheckedContent } from './checkContent.ts';

/** Whether any problem is an error: then nothing is published. */
export const hasErrors = ({ problems }: Pick<CheckedContent, 'problems'>) => problems.some((p) => p.level === 'error');

/** The problems, one line each. */
export const problemLines = ({ problems }: Pick<CheckedContent, 'problems'>) => problems.map(formatProblem);

/** The problems, each year's figures and the summary line, as `npm run check` prints them. */
export function reportLines({ content, problems }: CheckedContent): string[] {
  const errors = problems.filter((p) => p.level === 'error').length;
  const warnings = problems.length - errors;
  const money = (value: number) => formatMoney(value, defaultLocale).replace(/\s/g, ' ').replace(' €', ' EUR');
  const figures: string[] = [];
  const totals: string[] = [];
  for (const programme of content.programmes) {
    const year = contentPathOf(programme).year ?? 0;
    const summary = yearSummary(content, year);
    const same = summary.total === programme.data.declaredTotal ? '=' : '≠';
    figures.push(
      `${year}: computed total ${money(summary.total)} ${same} declared total ${money(programme.data.declaredTotal)}`,
    );
    for (const [code, subtotal] of summary.chapters) figures.push(`  chapter ${code} = ${money(subtotal.total)}`);
    for (const [id, subtotal] of summary.administrators) figures.push(`  ${id} = ${money(subtotal.total)}`);
    totals.push(`${year} total ${money(summary.total)}`);
  }

  const drafts = new Set(
    content.measures
      .filter((m) => m.data.draft)
      .map((m) => {
        const { year, code } = contentPathOf(m);
        return `${year} ${code}`;
      }),
  );
  const perLanguage = localeCodes
    .map((lang) => {
      const own = (lang === defaultLocale ? content.measures : content.translations).filter(
        (entry) => contentPathOf(entry).lang === lang,
      );
      const draftCount = own.filter((entry) => {
        const { year, code } = contentPathOf(entry);
        return drafts.has(`${year} ${code}`);
      }).length;
      return `${own.length - draftCount} ${lang}${draftCount ? ` (+${draftCount} draft)` : ''}`;
    })
    .join(', ');
  const summary =
    `${errors === 0 ? 'OK' : 'FAILED'}: measures ${perLanguage}; ${totals.join(', ')}; ${errors} error(s), ${warnings} warning(s)` +
    (drafts.size > 0 ? '; drafts are not counted in totals' : '');
  return [...problemLines({ problems }), ...figures, summary];
}
