/**
 * `npm run check`, the content half: reads the content files directly (fast:
 * no build), runs the same rules as every build (src/lib/validateProgramme.ts),
 * and prints each problem with file, line, field and what was expected, then a
 * one-line summary. The schemas themselves are checked by `astro sync` before this.
 *
 * Usage: node scripts/check-content.ts [--root DIR]
 */
import path from 'node:path';
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

const rootIndex = process.argv.indexOf('--root');
const root = path.resolve(rootIndex > 0 ? (process.argv[rootIndex + 1] ?? '.') : '.');

const str = (value: unknown) => (typeof value === 'string' ? value : String(value ?? ''));
const num = (value: unknown) => (typeof value === 'number' ? value : Number.NaN);
const get = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

async function main() {
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
    console.log(formatProblem(problem, parsedByFile.get(problem.file)?.lineOf(problem.field)));
  }

  const errors = problems.filter((p) => p.level === 'error').length;
  const warnings = problems.length - errors;
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
    for (const [code, subtotal] of summary.chapters) console.log(`  chapter ${code} = ${money(subtotal.total)}`);
    for (const [id, subtotal] of summary.administrators) console.log(`  ${id} = ${money(subtotal.total)}`);
  }

  console.log(
    `${errors === 0 ? 'OK' : 'FAILED'}: measures ${perLanguage}; ${totals.join(', ')}; ${errors} error(s), ${warnings} warning(s)` +
      (records.measures.some((m) => m.draft) ? '; drafts are not counted in totals' : ''),
  );
  process.exitCode = errors === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
