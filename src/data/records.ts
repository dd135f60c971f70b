import type { ContentRecords } from '#src/lib/content/validateProgramme.ts';
import { parseContentPath, type ContentPath } from '#src/lib/content/contentPath.ts';
import { localeCodes } from '#src/i18n/locales.ts';
import { translationStamp } from '#src/lib/translation/translationStamp.ts';

/** The parts of an entry the rules read: Astro's collection entries and the file reader's both have them. */
interface Entry<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
  /** The MDX body, for the fingerprint of the text a translation translates. */
  body?: string | undefined;
}

/** The entries whose path says what they are, each with that meaning; the reader reports the others. */
function placed<E extends Entry<unknown>>(entries: readonly E[]): (E & { path: ContentPath })[] {
  return entries.flatMap((entry) => {
    const parsed = entry.filePath === undefined ? undefined : parseContentPath(entry.filePath);
    return parsed?.ok ? [{ ...entry, path: parsed.path }] : [];
  });
}

/**
 * The collections as the plain records the content rules read, from Astro's
 * entries in the build and from the file reader (src/check/readContent.ts) in
 * `npm run check`.
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
  updates: readonly Entry<unknown>[];
}): ContentRecords {
  return {
    languages: localeCodes,
    programmes: placed(collections.programmes).map((p) => ({ path: p.path, declaredTotal: p.data.declaredTotal })),
    sections: placed(collections.sections).map((s) => ({ path: s.path })),
    administrators: collections.administrators.map((a) => ({ id: a.id })),
    measures: placed(collections.measures).map((m) => ({
      path: m.path,
      administrator: m.data.administrator.id,
      amount: m.data.funding.amount,
      results: m.data.results.length,
      draft: m.data.draft,
      stamp: measureStamp(m),
    })),
    updates: placed(collections.updates).map((u) => ({ path: u.path })),
    translations: placed(collections.translations).map((t) => ({
      path: t.path,
      results: t.data.results.length,
      translates: t.data.translates,
    })),
  };
}

/** The fingerprint of a Latvian measure's translatable text, as its translations record it. */
export function measureStamp(measure: {
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
