import { defaultLocale, localeCodes, type Locale } from '#src/i18n/locales.ts';
import { paths } from '#src/i18n/paths.ts';
import { lookup } from '#src/lib/content/lookup.ts';
import { markdownToText } from '#src/lib/language/markdownToText.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { programmeExportSchema, type ProgrammeExport } from '#src/lib/opendata/programmeExportSchema.ts';
import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';
import { measureText } from './measureText.ts';
import type { ProgrammeYear } from './site.ts';

/**
 * One programme year as the published open data, from the site model (the
 * figures computed once, each language's text), checked against the
 * published schema before it is written.
 */
export function exportProgramme(year: ProgrammeYear, site: URL | undefined): ProgrammeExport {
  // The CSV and the JSON of a year are made from the same export: build it once per year and address.
  const made = exports.get(year) ?? new Map<string, ProgrammeExport>();
  exports.set(year, made);
  const key = site?.href ?? '';
  const cached = made.get(key);
  if (cached) return cached;
  // The data files are plain text: language-of-parts markup (`:lv[…]`) is taken out.
  const exported = stripLangMarkup(exportWithMarkup(year, site));
  made.set(key, exported);
  return exported;
}

const exports = new WeakMap<ProgrammeYear, Map<string, ProgrammeExport>>();

/** A value in every language of the site. */
const inEvery = <T>(value: (locale: Locale) => T): Record<Locale, T> =>
  Object.fromEntries(localeCodes.map((locale) => [locale, value(locale)])) as Record<Locale, T>;

function exportWithMarkup(year: ProgrammeYear, site: URL | undefined): ProgrammeExport {
  const { data } = year.programme;
  // Absolute when the site has an address; otherwise the path under the site, never an invented host.
  const absolute = (path: string) => absoluteUrl(path, site) ?? path;
  const { summary } = year;

  return programmeExportSchema.parse({
    year: year.year,
    title: data.title,
    approval: data.approval,
    legalBasis: data.legalBasis,
    introduction: data.introduction,
    notes: data.notes,
    declaredTotal: data.declaredTotal,
    total: summary.total,
    signatory: data.signatory,
    signatureNote: data.signatureNote,
    source: { url: absolute(paths.source(year.year)), language: defaultLocale },
    administrators: year.administrators.map((a) => {
      const subtotal = lookup(summary.administrators, a.id, 'subtotal of administrator');
      return {
        id: a.id,
        name: a.data.name,
        abbreviation: a.data.abbreviation,
        total: subtotal.total,
        share: subtotal.share,
        measures: subtotal.measures,
      };
    }),
    sections: year.sections.map((s) => {
      const subtotal = lookup(summary.sections, s.code, 'subtotal of section');
      return {
        code: s.code,
        parent: s.parent ?? null,
        title: s.entry.data.title,
        intro: s.entry.data.intro,
        goals: s.entry.data.goals,
        tasks: s.entry.data.tasks,
        notes: s.entry.data.notes,
        total: subtotal.total,
        share: subtotal.share,
        measures: subtotal.measures,
      };
    }),
    measures: year.measures.flatMap((measure) => {
      const { figures } = measure;
      if (!figures) return []; // a draft
      const text = inEvery((locale) => measureText(measure, locale));
      const original = text[defaultLocale];
      return [
        {
          code: measure.code,
          chapter: measure.chapter,
          section: measure.section,
          title: inEvery((locale) => text[locale].title),
          administrator: measure.administrator.id,
          funding: {
            amount: figures.amount,
            note: original.fundingNote ? inEvery((locale) => text[locale].fundingNote ?? original.fundingNote) : null,
          },
          share: figures.share,
          shareOfChapter: figures.shareOfChapter,
          results: inEvery((locale) => text[locale].results),
          narrative: inEvery((locale) => markdownToText(text[locale].entry.body ?? '')),
          notes: inEvery((locale) => text[locale].notes),
          translated: localeCodes.every((locale) => !text[locale].fallback),
          url: inEvery((locale) => absolute(paths.part(locale, year.year, measure.code))),
        },
      ];
    }),
  });
}
