import type { ContentRecords } from '#src/lib/content/validateProgramme.ts';
import { localeCodes } from '#src/i18n/locales.ts';
import { translationStamp } from '#src/lib/translation/translationStamp.ts';

/** The parts of an entry the rules read: Astro's collection entries and `npm run check`'s both have them. */
interface Entry<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
  /** The MDX body, for the fingerprint of the text a translation translates. */
  body?: string | undefined;
}

/**
 * The collections as the plain records the content rules read, from Astro's
 * entries in the build and from scripts/loadContent.ts in `npm run check`.
 */
export function toRecords(collections: {
  programmes: readonly Entry<{ declaredTotal: number }>[];
  sections: readonly Entry<unknown>[];
  administrators: readonly { id: string }[];
  measures: readonly Entry<{
    title: string;
    administrator: { id: string };
    funding: { amount: number; note?: string | undefined };
    results: readonly string[];
    notes: readonly string[];
    draft: boolean;
  }>[];
  translations: readonly Entry<{ results: readonly unknown[]; translates?: string | undefined }>[];
}): ContentRecords {
  const file = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;
  return {
    languages: localeCodes,
    programmes: collections.programmes.map((p) => ({ id: p.id, file: file(p), declaredTotal: p.data.declaredTotal })),
    sections: collections.sections.map((s) => ({ id: s.id, file: file(s) })),
    administrators: collections.administrators.map((a) => ({ id: a.id })),
    measures: collections.measures.map((m) => ({
      id: m.id,
      file: file(m),
      administrator: m.data.administrator.id,
      amount: m.data.funding.amount,
      results: m.data.results.length,
      draft: m.data.draft,
      stamp: stampOf(m),
    })),
    translations: collections.translations.map((t) => ({
      id: t.id,
      file: file(t),
      results: t.data.results.length,
      translates: t.data.translates,
    })),
  };
}

/** The fingerprint of a Latvian measure's translatable text, as its translations record it. */
export function stampOf(measure: {
  data: { title: string; results: readonly string[]; notes: readonly string[]; funding: { note?: string | undefined } };
  body?: string | undefined;
}): string {
  return translationStamp({
    title: measure.data.title,
    body: measure.body ?? '',
    results: measure.data.results,
    notes: measure.data.notes,
    fundingNote: measure.data.funding.note,
  });
}
