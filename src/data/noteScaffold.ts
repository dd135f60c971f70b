import { Document } from 'yaml';
import { localeCodes } from '#src/i18n/locales.ts';
import type { ChangeSummary } from '#src/lib/history/summariseChanges.ts';

/**
 * Whether a change is one readers should hear of: any figure, measure or
 * Latvian text (an amendment of the approved programme); a translation
 * catching up alone is minor.
 */
export function suggestedKind(summary: ChangeSummary): 'major' | 'minor' {
  const figures = summary.added.length + summary.removed.length + summary.amounts.length > 0;
  const latvian = summary.texts.some((t) => t.languages.includes(localeCodes[0] ?? ''));
  return figures || latvian ? 'major' : 'minor';
}

/**
 * The next change note as `npm run changes -- --note` writes it: the computed
 * summary as comments to start from, the suggested kind, and empty notes,
 * which `npm run check` refuses until someone writes them, so a scaffold is
 * never published as it is.
 */
export function noteScaffold(summaryLines: readonly string[], summary: ChangeSummary, since: string): string {
  const document = new Document({
    kind: suggestedKind(summary),
    note: Object.fromEntries(localeCodes.map((lang) => [lang, ''])),
  });
  document.commentBefore = [
    ` What this publication changes since ${since}, as computed (the site computes it again from the history):`,
    ...summaryLines.map((line) => ` ${line}`),
    '',
    ' kind: major for a change readers should hear of (an amount, a result, a measure), minor for a correction.',
    ' note: what changed and why, in plain words, in each language (a major update needs every language).',
  ].join('\n');
  return document.toString();
}
