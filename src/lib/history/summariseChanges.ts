import { compareCodes } from '#src/lib/codes/compareCodes.ts';
import {
  summariseFunding,
  type FundedMeasure,
  type FundingSummary,
  type SectionNode,
} from '#src/lib/money/summariseFunding.ts';
import { fromCents, toCents } from '#src/lib/money/toCents.ts';
import { paragraphChanges, type ParagraphChange } from './wordDiff.ts';

/** What `npm run changes` compares: one programme year's figures and texts, at a git ref or in the working copy. */
export interface ContentSnapshot {
  declaredTotal: number | undefined;
  /** Published measures only: drafts count towards nothing. */
  measures: FundedMeasure[];
  sections: SectionNode[];
  administrators: string[];
  /** Per content file, its text in each language, as the paragraphs a reader reads (title, results, body…). */
  texts: Map<string, Partial<Record<string, readonly string[]>>>;
  /**
   * Per content file, a fingerprint of everything in it a reader sees (texts and
   * facts such as an amount or an administrator), so the files a publication
   * changed are known even when no text changed.
   */
  files: Map<string, string>;
  /** Per translation file, whether it is up to date with its original. */
  translationsCurrent: Map<string, boolean>;
}

/** An amount before and after; undefined where there was none. */
export interface Change {
  name: string;
  from: number | undefined;
  to: number | undefined;
}

export interface ChangeSummary {
  added: string[];
  removed: string[];
  /** Measures whose amount changed (added and removed ones are not repeated here). */
  amounts: Change[];
  /** Subsections and chapters whose subtotal changed, in document order. */
  sections: Change[];
  administrators: Change[];
  total: Change;
  declaredTotal: number | undefined;
  /** Whether the published measures still add up to the declared total. */
  totalMatches: boolean;
  /** Files whose text changed, with the languages that changed and, per language, each changed paragraph. */
  texts: { file: string; languages: string[]; paragraphs: Partial<Record<string, ParagraphChange[]>> }[];
  /** Translations that were up to date before and are not now. */
  outdated: string[];
  /** Every content file whose texts or facts changed, added or removed, sorted. */
  files: string[];
}

function summary(snapshot: ContentSnapshot): FundingSummary {
  return summariseFunding(snapshot.measures, snapshot.sections, snapshot.administrators);
}

/** Changes of each named amount, by name; names kept in `order`. */
function changesOf(
  before: Map<string, number>,
  after: Map<string, number>,
  order: (a: string, b: string) => number,
): Change[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort(order);
  return names
    .map((name) => ({ name, from: before.get(name), to: after.get(name) }))
    .filter((c) => toCents(c.from ?? 0) !== toCents(c.to ?? 0) || (c.from === undefined) !== (c.to === undefined));
}

const totals = (map: Map<string, { total: number }>) => new Map([...map].map(([key, value]) => [key, value.total]));

/**
 * What changed between two versions of a programme year, for a reviewer:
 * measures added and removed, amounts, their effect on every subtotal and the
 * total, whether the declared total still matches, changed texts and the
 * translations they make outdated.
 *
 * @example summariseChanges(before, after).total // { name: 'total', from: 283239, to: 283240 }
 */
export function summariseChanges(before: ContentSnapshot, after: ContentSnapshot): ChangeSummary {
  const was = new Map(before.measures.map((m) => [m.code, m.amount]));
  const now = new Map(after.measures.map((m) => [m.code, m.amount]));
  const [old, current] = [summary(before), summary(after)];
  const byName = (a: string, b: string) => a.localeCompare(b);
  const texts = [...new Set([...before.texts.keys(), ...after.texts.keys()])].sort().flatMap((file) => {
    const [a = {}, b = {}] = [before.texts.get(file), after.texts.get(file)];
    const languages = [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((lang) => JSON.stringify(a[lang] ?? []) !== JSON.stringify(b[lang] ?? []))
      .sort();
    const paragraphs = Object.fromEntries(
      languages.map((lang) => [lang, paragraphChanges(a[lang] ?? [], b[lang] ?? [])]),
    );
    return languages.length > 0 ? [{ file, languages, paragraphs }] : [];
  });
  const files = [...new Set([...before.files.keys(), ...after.files.keys()])]
    .filter((file) => before.files.get(file) !== after.files.get(file))
    .sort();
  return {
    added: [...now.keys()].filter((code) => !was.has(code)).sort(compareCodes),
    removed: [...was.keys()].filter((code) => !now.has(code)).sort(compareCodes),
    amounts: changesOf(was, now, compareCodes).filter((c) => c.from !== undefined && c.to !== undefined),
    sections: changesOf(totals(old.sections), totals(current.sections), compareCodes),
    administrators: changesOf(totals(old.administrators), totals(current.administrators), byName),
    total: { name: 'total', from: old.total, to: current.total },
    declaredTotal: after.declaredTotal,
    totalMatches: after.declaredTotal !== undefined && toCents(after.declaredTotal) === toCents(current.total),
    texts,
    outdated: [...after.translationsCurrent]
      .filter(([file, isCurrent]) => !isCurrent && before.translationsCurrent.get(file) === true)
      .map(([file]) => file)
      .sort(),
    files,
  };
}

/** An amount in euro for the summary, with its difference: `40 039 → 40 040 EUR (+1 EUR)`. */
function describe(change: Change, money: (euro: number) => string): string {
  if (change.from === undefined) return `new: ${money(change.to ?? 0)}`;
  if (change.to === undefined) return `gone (was ${money(change.from)})`;
  const difference = fromCents(toCents(change.to) - toCents(change.from));
  return `${money(change.from)} → ${money(change.to)} (${difference > 0 ? '+' : '−'}${money(Math.abs(difference))})`;
}

/** The summary in plain language, one line each, for `npm run changes`. */
export function formatChanges(year: string, changes: ChangeSummary, money: (euro: number) => string): string[] {
  const lines: string[] = [`Programme ${year}:`];
  const list = (codes: string[]) => codes.join(', ');
  if (changes.added.length > 0) lines.push(`  Measures added: ${list(changes.added)}`);
  if (changes.removed.length > 0) lines.push(`  Measures removed: ${list(changes.removed)}`);
  for (const c of changes.amounts) lines.push(`  Measure ${c.name}: ${describe(c, money)}`);
  for (const c of changes.sections) {
    lines.push(`  ${c.name.includes('.') ? 'Subsection' : 'Chapter'} ${c.name}: ${describe(c, money)}`);
  }
  for (const c of changes.administrators) lines.push(`  Administrator ${c.name}: ${describe(c, money)}`);
  if (toCents(changes.total.from ?? 0) !== toCents(changes.total.to ?? 0)) {
    lines.push(`  Programme total: ${describe(changes.total, money)}`);
  }
  if (changes.declaredTotal !== undefined) {
    lines.push(
      changes.totalMatches
        ? `  The declared total ${money(changes.declaredTotal)} still matches the measures.`
        : `  The declared total ${money(changes.declaredTotal)} no longer matches the measures (${money(changes.total.to ?? 0)}): npm run build will refuse this until it is updated.`,
    );
  }
  for (const t of changes.texts) lines.push(`  Text changed (${t.languages.join(', ')}): ${t.file}`);
  for (const file of changes.outdated) lines.push(`  Translation now outdated: ${file}`);
  if (lines.length === 2 && changes.totalMatches) lines.splice(1, 0, '  No changes to measures, amounts or texts.');
  return lines;
}
