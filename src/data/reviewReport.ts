/**
 * What a second person reads before approving a publication (`npm run review`):
 * the content check, the change summary with every amount before → after and
 * the subtotals and total it moves, the word-level diff of every changed text
 * in each language, the translations made outdated, the pages whose content
 * changes, the change note added (or a warning when figures changed without
 * one), and whether it amends the approved text. The same computation as the
 * updates pages (./changeSnapshot.ts, src/lib/history/summariseChanges.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '#src/check/checkContent.ts';
import { reportLines } from '#src/check/report.ts';
import { defaultLocale, localeCodes } from '#src/i18n/locales.ts';
import { codeToSlug } from '#src/lib/codes/codeSlug.ts';
import { parseContentPath } from '#src/lib/content/contentPath.ts';
import { sourceFile } from '#src/lib/fidelity/sourceFile.ts';
import { formatChanges, summariseChanges, type ChangeSummary } from '#src/lib/history/summariseChanges.ts';
import { formatMoney } from '#src/lib/money/formatMoney.ts';
import { changeSnapshot } from './changeSnapshot.ts';
import { contentAt, contentOnDisk } from './gitContent.ts';
import { suggestedKind } from './noteScaffold.ts';

export interface ReviewPage {
  /** What it is: `measure 2.1.2`, `subsection 2.1`, `the programme 2023`, `administrator ministry`. */
  label: string;
  /** Its address under the site, per language (`lv/2023/2-1-2/`). */
  addresses: string[];
}

export interface ReviewYear {
  year: number;
  summary: ChangeSummary;
  /** The plain-words lines of `npm run changes`. */
  lines: string[];
  pages: ReviewPage[];
  /** Figures or Latvian text changed: an amendment of the approved programme, unless only an editorial note changed. */
  amendment: boolean;
  /** Whether the approved text (public/source/…) changed with it. */
  sourceChanged: boolean;
  sourceFile: string;
}

export interface ReviewReport {
  since: string;
  /** The lines of `npm run check`, and whether it found an error. */
  check: { lines: string[]; ok: boolean };
  years: ReviewYear[];
  /** The change notes this change adds, with their kind and notes. */
  notes: { file: string; kind: string; note: Record<string, string> }[];
  warnings: string[];
  money: (euro: number) => string;
}

/** The pages a content file is shown on, in every language. */
function pagesOf(key: string): ReviewPage | undefined {
  const [file = '', item] = key.split(' › ');
  const parsed = parseContentPath(file);
  if (!parsed.ok) return undefined;
  const { kind, code, year } = parsed.path;
  const at = (rest: string) => localeCodes.map((lang) => `${lang}/${rest}`);
  if (kind === 'measure' || kind === 'chapter' || kind === 'subsection') {
    const word = kind === 'measure' ? 'measure' : kind;
    return { label: `${word} ${code ?? ''}`, addresses: at(`${year ?? ''}/${codeToSlug(code ?? '')}/`) };
  }
  if (kind === 'programme') return { label: `the programme ${year ?? ''}`, addresses: at(`${year ?? ''}/`) };
  if (kind === 'administrators' && item) return { label: `administrator ${item}`, addresses: [] };
  return undefined;
}

export async function reviewReport(root: string, since: string, commit: string): Promise<ReviewReport> {
  const [before, after] = [await contentAt(root, commit), await contentOnDisk(root)];
  const checked = await checkContent(root);
  const money = (euro: number) => formatMoney(euro, defaultLocale).replace(/\s/g, ' ').replace(' €', ' EUR');
  const yearsOf = (files: ReadonlyMap<string, string>) =>
    [...files.keys()].flatMap((file) => {
      const place = parseContentPath(file);
      return place.ok && place.path.kind === 'programme' && place.path.year !== undefined ? [place.path.year] : [];
    });
  const notes = [...after.keys()]
    .filter((file) => !before.has(file))
    .flatMap((file) => {
      const place = parseContentPath(file);
      if (!place.ok || place.path.kind !== 'update') return [];
      const data = (parse(after.get(file) ?? '') ?? {}) as { kind?: unknown; note?: Record<string, string> };
      return [{ file, kind: String(data.kind ?? ''), note: data.note ?? {} }];
    });
  const years: ReviewYear[] = [];
  for (const year of [...new Set([...yearsOf(before), ...yearsOf(after)])].sort((a, b) => a - b)) {
    const summary = summariseChanges(changeSnapshot(before, year), changeSnapshot(after, year));
    const source = `public/${sourceFile(year)}`;
    const sourceNow = await readFile(path.join(root, source), 'utf8').catch(() => undefined);
    const sourceThen = (await contentAtPath(root, commit, source)) ?? undefined;
    const pages = new Map<string, ReviewPage>();
    for (const key of summary.files) {
      const page = pagesOf(key);
      if (page) pages.set(page.label, page);
    }
    years.push({
      year,
      summary,
      lines: formatChanges(String(year), summary, money),
      pages: [...pages.values()],
      amendment: suggestedKind(summary) === 'major',
      sourceChanged: sourceNow !== sourceThen,
      sourceFile: source,
    });
  }
  const warnings: string[] = [];
  for (const y of years) {
    const figures = y.summary.amounts.length + y.summary.added.length + y.summary.removed.length > 0;
    if (figures && !notes.some((n) => parseContentPath(n.file).ok && n.file.includes(`/${y.year}/`))) {
      warnings.push(
        `The figures of ${y.year} change, but no change note was added: write one with npm run changes -- --note (docs/publishing.md).`,
      );
    }
    if (y.amendment && !y.sourceChanged) {
      warnings.push(
        `Figures or Latvian text of ${y.year} change, and ${y.sourceFile} does not: an amendment of the approved programme must replace it with the amended approved text (the content check compares the two; an editorial note alone is no amendment).`,
      );
    }
  }
  return {
    since,
    check: { lines: reportLines(checked), ok: !checked.problems.some((p) => p.level === 'error') },
    years,
    notes,
    warnings,
    money,
  };
}

/** One file at a commit, or undefined when it was not there. */
async function contentAtPath(root: string, commit: string, file: string): Promise<string | undefined> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile('git', ['show', `${commit}:${file}`], { cwd: root, maxBuffer: 64 << 20 }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });
}
