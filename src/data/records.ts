import type { CollectionEntry } from 'astro:content';
import type { ContentRecords } from '../lib/validateProgramme.ts';
import { localeCodes } from '../i18n/locales.ts';

/** The collections as the plain records the validation rules read. */
export function toRecords(collections: {
  programmes: CollectionEntry<'programmes'>[];
  sections: CollectionEntry<'sections'>[];
  administrators: CollectionEntry<'administrators'>[];
  measures: CollectionEntry<'measures'>[];
}): ContentRecords {
  const file = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;
  return {
    languages: localeCodes,
    programmes: collections.programmes.map((p) => ({
      id: p.id,
      file: file(p),
      year: p.data.year,
      declaredTotal: p.data.declaredTotal,
    })),
    sections: collections.sections.map((s) => ({
      id: s.id,
      file: file(s),
      code: s.data.code,
      programme: s.data.programme.id,
      parent: s.data.parent?.id,
    })),
    administrators: collections.administrators.map((a) => ({ id: a.id })),
    measures: collections.measures.map((m) => ({
      id: m.id,
      file: file(m),
      code: m.data.code,
      section: m.data.section.id,
      administrator: m.data.administrator.id,
      amount: m.data.funding.amount,
      results: m.data.results.length,
      draft: m.data.draft,
    })),
  };
}
