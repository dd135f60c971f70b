import type { ContentRecords } from '../lib/validateProgramme.ts';
import { localeCodes } from '../i18n/locales.ts';

/** The parts of an entry the rules read: Astro's collection entries and `npm run check`'s both have them. */
interface Entry<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
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
    administrator: { id: string };
    funding: { amount: number };
    results: readonly unknown[];
    draft: boolean;
  }>[];
  translations: readonly Entry<{ results: readonly unknown[] }>[];
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
    })),
    translations: collections.translations.map((t) => ({ id: t.id, file: file(t), results: t.data.results.length })),
  };
}
