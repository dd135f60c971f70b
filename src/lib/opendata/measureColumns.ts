import type { ProgrammeExport } from './programmeExportSchema.ts';

type Measure = ProgrammeExport['measures'][number];

/** One column of measures.csv: its Table Schema entry and how its value is read. */
export interface MeasureColumn {
  name: string;
  type: 'string' | 'number' | 'integer';
  description: { en: string; lv: string };
  value: (measure: Measure, programme: ProgrammeExport) => string | number;
}

/** The measure's administrator; a measure naming one the file does not list is a bug, never an empty cell. */
function administrator(measure: Measure, programme: ProgrammeExport) {
  const found = programme.administrators.find((a) => a.id === measure.administrator);
  if (!found) throw new Error(`Measure ${measure.code}: no administrator "${measure.administrator}" in the export`);
  return found;
}

/**
 * The columns of measures.csv, in order. The CSV writer, the Data Package's
 * Table Schema and the data page's dictionary all read this one list.
 */
export const measureColumns: MeasureColumn[] = [
  {
    name: 'number',
    type: 'string',
    description: { en: 'Measure number, e.g. 2.1.2.', lv: 'Pasākuma numurs, piemēram, 2.1.2.' },
    value: (m) => m.code,
  },
  {
    name: 'chapter',
    type: 'string',
    description: { en: 'Chapter number (1 or 2).', lv: 'Nodaļas numurs (1 vai 2).' },
    value: (m) => m.chapter,
  },
  {
    name: 'subsection',
    type: 'string',
    description: {
      en: 'Subsection number (e.g. 2.1); empty when the measure sits directly in its chapter.',
      lv: 'Apakšnodaļas numurs (piemēram, 2.1); tukšs, ja pasākums ir tieši nodaļā.',
    },
    value: (m) => (m.section === m.chapter ? '' : m.section),
  },
  {
    name: 'title_lv',
    type: 'string',
    description: { en: 'Title in Latvian (official).', lv: 'Nosaukums latviešu valodā (oficiālais).' },
    value: (m) => m.title.lv,
  },
  {
    name: 'title_en',
    type: 'string',
    description: { en: 'Title in English.', lv: 'Nosaukums angļu valodā.' },
    value: (m) => m.title.en,
  },
  {
    name: 'administrator_id',
    type: 'string',
    description: { en: 'Id of the administering institution.', lv: 'Administrētājas iestādes identifikators.' },
    value: (m) => m.administrator,
  },
  {
    name: 'administrator_lv',
    type: 'string',
    description: { en: 'Administering institution, in Latvian.', lv: 'Administrētāja iestāde latviski.' },
    value: (m, p) => administrator(m, p).name.lv,
  },
  {
    name: 'administrator_en',
    type: 'string',
    description: { en: 'Administering institution, in English.', lv: 'Administrētāja iestāde angliski.' },
    value: (m, p) => administrator(m, p).name.en,
  },
  {
    name: 'funding_eur',
    type: 'number',
    description: {
      en: 'Funding in euro: a plain number with a dot for decimals.',
      lv: 'Finansējums eiro: skaitlis bez atstarpēm, decimāldaļu atdala punkts.',
    },
    value: (m) => m.funding.amount,
  },
  {
    name: 'share_of_total_percent',
    type: 'number',
    description: {
      en: 'Share of the programme’s total, percent, one decimal; the column adds up to 100.',
      lv: 'Daļa no programmas kopējā finansējuma procentos ar vienu zīmi aiz komata; kolonna kopā ir 100.',
    },
    value: (m) => m.share,
  },
  {
    name: 'results_count',
    type: 'integer',
    description: { en: 'Number of expected results.', lv: 'Sagaidāmo rezultātu skaits.' },
    value: (m) => m.results.lv.length,
  },
  {
    name: 'url_lv',
    type: 'string',
    description: {
      en: 'Permanent address of the Latvian page (a path under the site when it was built without an address).',
      lv: 'Latviešu lapas pastāvīgā adrese (ceļš vietnē, ja tā būvēta bez adreses).',
    },
    value: (m) => m.url.lv,
  },
  {
    name: 'url_en',
    type: 'string',
    description: {
      en: 'Permanent address of the English page (a path under the site when it was built without an address).',
      lv: 'Angļu lapas pastāvīgā adrese (ceļš vietnē, ja tā būvēta bez adreses).',
    },
    value: (m) => m.url.en,
  },
];
