import { absoluteUrl } from '../lib/absoluteUrl.ts';
import { markdownToText } from '../lib/markdownToText.ts';
import { programmeExportSchema, type ProgrammeExport } from '../lib/programmeExportSchema.ts';
import { stripLangMarkup } from '../lib/stripLangMarkup.ts';
import { paths } from '../i18n/paths.ts';
import type { ProgrammeYear } from './site.ts';

/**
 * One programme year as the published open data, from the same model the
 * pages use, checked against the published schema before it is written.
 */
export function exportProgramme(year: ProgrammeYear, site: URL | undefined): ProgrammeExport {
  // The data files are plain text: language-of-parts markup (`:lv[…]`) is taken out.
  return stripLangMarkup(exportWithMarkup(year, site));
}

function exportWithMarkup(year: ProgrammeYear, site: URL | undefined): ProgrammeExport {
  const { data } = year.programme;
  // Absolute when the site has an address; otherwise the path under the site, never an invented host.
  const absolute = (path: string) => absoluteUrl(path, site) ?? path;
  const sectionCode = new Map(year.sections.map((s) => [s.id, s.data.code]));
  const summary = year.summary;
  const published = year.measures.lv.filter((m) => m.figures !== undefined);
  const english = new Map(year.measures.en.map((m) => [m.code, m]));

  return programmeExportSchema.parse({
    year: year.year,
    title: data.title,
    approval: data.approval,
    legalBasis: data.legalBasis,
    introduction: data.introduction,
    declaredTotal: data.declaredTotal,
    total: summary.total,
    signatory: data.signatory,
    signatureNote: data.signatureNote,
    source: { url: absolute(paths.source(year.year)), language: 'lv' },
    administrators: year.administrators.map((a) => ({
      id: a.id,
      name: a.data.name,
      abbreviation: a.data.abbreviation,
      total: summary.administrators.get(a.id)?.total ?? 0,
      share: summary.administrators.get(a.id)?.share ?? 0,
      measures: summary.administrators.get(a.id)?.measures ?? [],
    })),
    sections: year.sections.map((s) => ({
      code: s.data.code,
      parent: s.data.parent ? (sectionCode.get(s.data.parent.id) ?? null) : null,
      title: s.data.title,
      intro: s.data.intro,
      goals: s.data.goals,
      tasks: s.data.tasks,
      total: summary.sections.get(s.data.code)?.total ?? 0,
      share: summary.sections.get(s.data.code)?.share ?? 0,
      measures: summary.sections.get(s.data.code)?.measures ?? [],
    })),
    measures: published.map((lv) => {
      const en = english.get(lv.code) ?? lv;
      const note = lv.entry.data.funding.note;
      return {
        code: lv.code,
        chapter: lv.figures?.chapter ?? '',
        section: lv.section.data.code,
        title: { lv: lv.entry.data.title, en: en.entry.data.title },
        administrator: lv.administrator.id,
        funding: {
          amount: lv.entry.data.funding.amount,
          note: note ? { lv: note, en: en.entry.data.funding.note ?? note } : null,
        },
        share: lv.figures?.share ?? 0,
        shareOfChapter: lv.figures?.shareOfChapter ?? 0,
        results: { lv: lv.entry.data.results, en: en.entry.data.results },
        narrative: { lv: markdownToText(lv.entry.body ?? ''), en: markdownToText(en.entry.body ?? '') },
        notes: { lv: lv.entry.data.notes, en: en.entry.data.notes },
        translated: !en.fallback,
        url: { lv: absolute(paths.part('lv', year.year, lv.code)), en: absolute(paths.part('en', year.year, lv.code)) },
      };
    }),
  });
}
