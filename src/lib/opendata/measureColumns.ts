import { defaultLocale, localeCodes, type Locale } from '#src/i18n/locales.ts';
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

/** A language's name in English and in Latvian, the languages the columns are described in: `Latvian`, `latviešu`. */
const languageName = (code: Locale) => ({
  en: new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code,
  lv: new Intl.DisplayNames(['lv'], { type: 'language' }).of(code) ?? code,
});
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('lv') + text.slice(1);

/** One column per language of the site, in the locale table's order: `title_lv`, `title_en`, … */
const perLanguage = (column: (code: Locale) => MeasureColumn) => localeCodes.map(column);

const titleColumn = (code: Locale): MeasureColumn => {
  const name = languageName(code);
  const official = code === defaultLocale;
  return {
    name: `title_${code}`,
    type: 'string',
    description: {
      en: `Title in ${name.en}${official ? ' (official)' : ''}.`,
      lv: `Nosaukums ${name.lv} valodā${official ? ' (oficiālais)' : ''}.`,
    },
    value: (m) => m.title[code],
  };
};

const administratorColumn = (code: Locale): MeasureColumn => {
  const name = languageName(code);
  return {
    name: `administrator_${code}`,
    type: 'string',
    description: { en: `Administering institution, in ${name.en}.`, lv: `Administrētāja iestāde ${name.lv} valodā.` },
    value: (m, p) => administrator(m, p).name[code],
  };
};

const urlColumn = (code: Locale): MeasureColumn => {
  const name = languageName(code);
  return {
    name: `url_${code}`,
    type: 'string',
    description: {
      en: `Permanent address of the ${name.en} page (a path under the site when it was built without an address).`,
      lv: `${capitalised(name.lv)} lapas pastāvīgā adrese (ceļš vietnē, ja tā būvēta bez adreses).`,
    },
    value: (m) => m.url[code],
  };
};

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
  ...perLanguage(titleColumn),
  {
    name: 'administrator_id',
    type: 'string',
    description: { en: 'Id of the administering institution.', lv: 'Administrētājas iestādes identifikators.' },
    value: (m) => m.administrator,
  },
  ...perLanguage(administratorColumn),
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
    value: (m) => m.results[defaultLocale].length,
  },
  ...perLanguage(urlColumn),
];
