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
import { loadContent, programmeSummary } from './loadContent.ts';
import { toRecords } from '../src/data/records.ts';
import { defaultLocale, localeCodes } from '../src/i18n/locales.ts';
import { formatMoney } from '../src/lib/formatMoney.ts';
import { formatProblem, parseMeasureId, validateProgramme, type Problem } from '../src/lib/validateProgramme.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root);
const content = await loadContent(root).catch((error: unknown) => {
  // A file that cannot be read at all (a missing administrators.yaml, say): say so plainly, without a stack trace.
  console.log(`Error: ${error instanceof Error ? error.message : String(error)}`);
  console.log('FAILED: the content could not be read; nothing was checked.');
  process.exit(1);
});

// A file its schema refused is left out of the rules; so are the rules it would
// only trip by its absence (a total without it, a translation without its original).
const refused = new Set(content.problems.map((p) => p.file));
const refusedYears = new Set(
  [...refused].map((file) => /measures\/(\d{4})\/lv\//.exec(file)?.[1]).filter((year) => year !== undefined),
);
const follows = (problem: Problem) =>
  (problem.field === 'declaredTotal' && refusedYears.has(path.basename(problem.file, '.yaml'))) ||
  refused.has(problem.file.replace(/\/[a-z]{2}\/([^/]+)$/, `/${defaultLocale}/$1`)) ||
  (problem.level === 'warning' &&
    localeCodes.some((lang) => refused.has(problem.file.replace(`/${defaultLocale}/`, `/${lang}/`))));
const rules = validateProgramme(toRecords(content))
  .filter((problem) => !follows(problem))
  .map((problem) => ({ ...problem, line: problem.line ?? content.lineOf(problem.file, problem.field) }));
const problems = [...content.problems, ...rules];
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
