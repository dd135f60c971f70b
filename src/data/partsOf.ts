import { compareCodes } from '../lib/compareCodes.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Measure, ProgrammeYear, Section } from './site.ts';

export type Part =
  { kind: 'section'; code: string; section: Section } | { kind: 'measure'; code: string; measure: Measure };

/**
 * The parts directly inside `parent` (the chapters when undefined): its
 * subsections and measures in document order, so 2.1 and 2.2 come before 2.3.
 */
export function partsOf(year: ProgrammeYear, parent: Section | undefined, locale: Locale): Part[] {
  const sections: Part[] = year.sections
    .filter((s) => s.data.parent?.id === parent?.id)
    .map((section) => ({ kind: 'section', code: section.data.code, section }));
  const measures: Part[] = parent
    ? year.measures[locale]
        .filter((m) => m.section.id === parent.id)
        .map((measure) => ({ kind: 'measure', code: measure.code, measure }))
    : [];
  return [...sections, ...measures].sort((a, b) => compareCodes(a.code, b.code));
}
