import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';
import { markdownToText } from '#src/lib/language/markdownToText.ts';
import { lookup } from '#src/lib/content/lookup.ts';
import { programmeExportSchema, type ProgrammeExport } from '#src/lib/opendata/programmeExportSchema.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { paths } from '#src/i18n/paths.ts';
import type { ProgrammeYear } from './site.ts';
import { programmeView, type MeasureView } from './views.ts';

/**
 * One programme year as the published open data, from the same views the
 * pages show, checked against the published schema before it is written.
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

function exportWithMarkup(year: ProgrammeYear, site: URL | undefined): ProgrammeExport {
  const { data } = year.programme;
  // Absolute when the site has an address; otherwise the path under the site, never an invented host.
  const absolute = (path: string) => absoluteUrl(path, site) ?? path;
  const { summary } = year;
  const views = { lv: programmeView(year, 'lv'), en: programmeView(year, 'en') };
  const byCode = (measures: MeasureView[]) => new Map(measures.map((m) => [m.code, m]));
  const lvMeasures = byCode(views.lv.measures);
  const enMeasures = byCode(views.en.measures);

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
    source: { url: absolute(paths.source(year.year)), language: 'lv' },
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
      const lv = lookup(lvMeasures, measure.code, 'measure');
      const en = lookup(enMeasures, measure.code, 'measure');
      if (!lv.shares) return []; // a draft
      return [
        {
          code: measure.code,
          chapter: lv.shares.chapterCode,
          section: measure.section,
          title: { lv: lv.title, en: en.title },
          administrator: measure.administrator.id,
          funding: {
            amount: lv.amount,
            note: lv.fundingNote ? { lv: lv.fundingNote, en: en.fundingNote ?? lv.fundingNote } : null,
          },
          share: lv.shares.programme,
          shareOfChapter: lv.shares.chapter,
          results: { lv: lv.results, en: en.results },
          narrative: { lv: markdownToText(lv.entry.body ?? ''), en: markdownToText(en.entry.body ?? '') },
          notes: { lv: lv.notes, en: en.notes },
          translated: !en.fallback,
          url: { lv: absolute(lv.href), en: absolute(en.href) },
        },
      ];
    }),
  });
}
