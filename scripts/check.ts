/**
 * `npm run check`: every content file against its schema, every body through
 * the MDX compiler, and every content rule, in one pass and without Astro or a
 * type check (that is `npm run typecheck`). Every problem is listed, each with
 * file, line, field and what was expected; then the figures staff compare with
 * the approved document; the last line is a one-line summary.
 *
 * Usage: node scripts/check.ts [--root DIR]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { programmeSummary } from './loadContent.ts';
import { checkContent } from './checkContent.ts';
import { defaultLocale, localeCodes } from '#src/i18n/locales.ts';
import { formatMoney } from '#src/lib/money/formatMoney.ts';
import { formatProblem, parseMeasureId } from '#src/lib/content/validateProgramme.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root);
const { content, problems } = await checkContent(root).catch((error: unknown) => {
  // A file that cannot be read at all (a missing administrators.yaml, say): say so plainly, without a stack trace.
  console.log(`Error: ${error instanceof Error ? error.message : String(error)}`);
  console.log('FAILED: the content could not be read; nothing was checked.');
  process.exit(1);
});
const errors = problems.filter((p) => p.level === 'error').length;
const warnings = problems.length - errors;
for (const problem of problems) console.log(formatProblem(problem));

// The figures staff compare with the approved document, computed as the site computes them.
const money = (value: number) => formatMoney(value, 'lv').replace(/\s/g, ' ').replace(' €', ' EUR');
const totals: string[] = [];
for (const programme of content.programmes) {
  const summary = programmeSummary(content, programme.id);
  const same = summary.total === programme.data.declaredTotal ? '=' : '≠';
  console.log(
    `${programme.id}: computed total ${money(summary.total)} ${same} declared total ${money(programme.data.declaredTotal)}`,
  );
  for (const [code, subtotal] of summary.chapters) console.log(`  chapter ${code} = ${money(subtotal.total)}`);
  for (const [id, subtotal] of summary.administrators) console.log(`  ${id} = ${money(subtotal.total)}`);
  totals.push(`${programme.id} total ${money(summary.total)}`);
}

const perLanguage = localeCodes
  .map((lang) => {
    if (lang === defaultLocale) {
      const drafts = content.measures.filter((m) => m.data.draft).length;
      return `${content.measures.length - drafts} ${lang}${drafts ? ` (+${drafts} draft)` : ''}`;
    }
    const drafts = new Set(
      content.measures.filter((m) => m.data.draft).map((m) => m.id.replace(`/${defaultLocale}/`, `/${lang}/`)),
    );
    const own = content.translations.filter((t) => parseMeasureId(t.id)?.lang === lang);
    const draftCount = own.filter((t) => drafts.has(t.id)).length;
    return `${own.length - draftCount} ${lang}${draftCount ? ` (+${draftCount} draft)` : ''}`;
  })
  .join(', ');
console.log(
  `${errors === 0 ? 'OK' : 'FAILED'}: measures ${perLanguage}; ${totals.join(', ')}; ${errors} error(s), ${warnings} warning(s)` +
    (content.measures.some((m) => m.data.draft) ? '; drafts are not counted in totals' : ''),
);
process.exitCode = errors === 0 ? 0 : 1;
