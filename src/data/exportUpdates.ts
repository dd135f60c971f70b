import { defaultLocale, localeCodes } from '#src/i18n/locales.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { updatesExportSchema, type UpdatesExport } from '#src/lib/opendata/updatesExportSchema.ts';
import type { Change } from '#src/lib/history/summariseChanges.ts';
import type { ProgrammeYear } from './site.ts';

const amount = ({ name, from, to }: Change) => ({ name, from: from ?? null, to: to ?? null });

/** A programme year's publications as the published open data, checked against the published schema. */
export function exportUpdates(year: ProgrammeYear): UpdatesExport {
  return updatesExportSchema.parse(
    stripLangMarkup({
      year: year.year,
      publications: year.publications.map((p) => ({
        date: p.date,
        sequence: p.sequence,
        kind: p.kind,
        note: Object.fromEntries(localeCodes.map((lang) => [lang, p.note[lang] ?? p.note[defaultLocale]])),
        first: p.first,
        commit: p.commit ?? null,
        changes: p.changes
          ? {
              added: p.changes.added,
              removed: p.changes.removed,
              amounts: p.changes.amounts.map(amount),
              sections: p.changes.sections.map(amount),
              administrators: p.changes.administrators.map(amount),
              total: amount(p.changes.total),
              texts: p.changes.texts.flatMap((t) =>
                t.languages.map((language) => ({
                  file: t.file,
                  language,
                  paragraphs: (t.paragraphs[language] ?? []).map((c) => ({
                    before: c.before ?? null,
                    after: c.after ?? null,
                  })),
                })),
              ),
              outdated: p.changes.outdated,
              files: p.changes.files,
            }
          : null,
      })),
    }),
  );
}
