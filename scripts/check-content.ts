/**
 * The content half of `npm run check`: reads the content files directly (fast:
 * no build), compiles every MDX body, runs the same rules as every build
 * (src/lib/validateProgramme.ts), and reports each problem with file, line,
 * field and what was expected, then a one-line summary. The schemas themselves
 * are checked by `astro sync` before this (scripts/check.ts runs both).
 *
 * Usage: node scripts/check-content.ts [--root DIR]
 */
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { readContent } from './readContent.ts';
import { localeCodes } from '../src/i18n/locales.ts';
import { formatMoney } from '../src/lib/formatMoney.ts';
import { summariseFunding } from '../src/lib/summariseFunding.ts';
import {
  formatProblem,
  parseMeasureId,
  validateProgramme,
  type ContentRecords,
  type Problem,
} from '../src/lib/validateProgramme.ts';

const str = (value: unknown) => (typeof value === 'string' ? value : String(value ?? ''));
const num = (value: unknown) => (typeof value === 'number' ? value : Number.NaN);
const get = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

export interface ContentReport {
  /** One line per problem and per computed figure, in order. */
  lines: string[];
  /** The closing one-line summary. */
  summary: string;
  errors: number;
  warnings: number;
}

/** MDX syntax errors in the bodies, with the line in the file (the body starts after the frontmatter). */
async function mdxProblems(measures: { file: string; body: string; bodyLine: number }[]): Promise<string[]> {
  const lines: string[] = [];
  for (const measure of measures) {
    try {
      await compile(measure.body);
    } catch (error) {
      const failure = error as { line?: number; reason?: string; message?: string };
      const line = failure.line === undefined ? '' : `:${failure.line + measure.bodyLine - 1}`;
      lines.push(
        `Error: ${measure.file}${line} › body: the text cannot be read as MDX: ${failure.reason ?? failure.message ?? String(error)} (characters such as { } < > must be written as &#123; &#125; &lt; &gt;)`,
      );
    }
  }
  return lines;
}

export async function checkContent(root: string): Promise<ContentReport> {
  const out: string[] = [];
  const { programmes, sections, measures, administrators: administratorsFile } = await readContent(root);
  const administrators = Array.isArray(administratorsFile.data) ? (administratorsFile.data as unknown[]) : [];

  const records: ContentRecords = {
    languages: localeCodes,
    programmes: programmes.map((p) => ({
      id: p.id,
      file: p.file,
      year: num(p.data['year']),
      declaredTotal: num(p.data['declaredTotal']),
    })),
    sections: sections.map((s) => ({
      id: s.id,
      file: s.file,
      code: str(s.data['code']),
      programme: str(s.data['programme']),
      parent: s.data['parent'] === undefined ? undefined : str(s.data['parent']),
    })),
    administrators: administrators.map((a) => ({ id: str(get(a, 'id')) })),
    measures: measures.map((m) => ({
      id: m.id,
      file: m.file,
      code: str(m.data['code']),
      section: str(m.data['section']),
      administrator: str(m.data['administrator']),
      amount: num(get(m.data['funding'], 'amount')),
      results: Array.isArray(m.data['results']) ? m.data['results'].length : 0,
      draft: m.data['draft'] === true,
    })),
  };

  const parsedByFile = new Map([...programmes, ...sections, ...measures].map((p) => [p.file, p]));
  const problems: Problem[] = validateProgramme(records);
  for (const problem of problems) {
    out.push(formatProblem(problem, parsedByFile.get(problem.file)?.lineOf(problem.field)));
  }
  const syntax = await mdxProblems(measures);
  out.push(...syntax);

  const errors = problems.filter((p) => p.level === 'error').length + syntax.length;
  const warnings = problems.filter((p) => p.level === 'warning').length;
  const perLanguage = localeCodes
    .map((lang) => {
      const own = records.measures.filter((m) => parseMeasureId(m.id)?.lang === lang);
      const drafts = own.filter((m) => m.draft).length;
      return `${own.length - drafts} ${lang}${drafts ? ` (+${drafts} draft)` : ''}`;
    })
    .join(', ');

  // The figures staff compare with the approved document, computed as the site computes them.
  const totals: string[] = [];
  for (const programme of records.programmes) {
    const sectionCode = new Map(records.sections.map((s) => [s.id, s.code]));
    const published = records.measures.filter((m) => {
      const parts = parseMeasureId(m.id);
      return parts?.year === programme.id && parts.lang === localeCodes[0] && !m.draft;
    });
    const summary = summariseFunding(
      published.map((m) => ({
        code: m.code,
        section: sectionCode.get(m.section) ?? '',
        administrator: m.administrator,
        amount: m.amount,
      })),
      records.sections
        .filter((s) => s.programme === programme.id)
        .map((s) => ({ code: s.code, parent: s.parent === undefined ? undefined : sectionCode.get(s.parent) })),
      records.administrators.map((a) => a.id),
    );
    const money = (value: number) => formatMoney(value, 'lv').replace(/\s/g, ' ').replace(' €', ' EUR');
    const same = summary.total === programme.declaredTotal ? '=' : '≠';
    console.log(
      `${programme.id}: computed total ${money(summary.total)} ${same} declared total ${money(programme.declaredTotal)}`,
    );
    totals.push(`${programme.id} total ${money(summary.total)}`);
    for (const [code, subtotal] of summary.chapters) out.push(`  chapter ${code} = ${money(subtotal.total)}`);
    for (const [id, subtotal] of summary.administrators) out.push(`  ${id} = ${money(subtotal.total)}`);
  }

  const summary =
    `${errors === 0 ? 'OK' : 'FAILED'}: measures ${perLanguage}; ${totals.join(', ')}; ${errors} error(s), ${warnings} warning(s)` +
    (records.measures.some((m) => m.draft) ? '; drafts are not counted in totals' : '');
  return { lines: out, summary, errors, warnings };
}

if (import.meta.main) {
  const rootIndex = process.argv.indexOf('--root');
  const root = path.resolve(rootIndex > 0 ? (process.argv[rootIndex + 1] ?? '.') : '.');
  try {
    const report = await checkContent(root);
    console.log([...report.lines, report.summary].join('\n'));
    process.exitCode = report.errors === 0 ? 0 : 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
