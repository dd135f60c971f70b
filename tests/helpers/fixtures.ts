/**
 * Synthetic content for the unit tests of src/data, as Starlight's
 * `__tests__/test-utils.ts` builds its collections: a small programme year
 * described in a few lines, turned into entries of Astro's shape through the
 * real schemas, so tests never break when the real content's wording changes.
 * Years are chosen by number (a test names the one it builds), never "the
 * newest".
 */
import { defaultLocale, localeCodes, translationLocales, type Locale } from '#src/i18n/locales.ts';
import { contentFile } from '#src/lib/content/contentPath.ts';
import { inlineStamp } from '#src/lib/translation/translationStamp.ts';
import { measureStamp } from '#src/data/records.ts';
import type { Collections } from '#src/data/site.ts';
import {
  administratorSchema,
  measureSchema,
  plainReference,
  programmeSchema,
  sectionSchema,
  translationSchema,
} from '#src/schemas.ts';

export interface FixtureMeasure {
  code: string;
  administrator: string;
  amount: number;
  draft?: boolean;
  /** Languages it is translated into; default: every one. `[]` leaves it untranslated. */
  translated?: Locale[];
  /** Results; default: one. */
  results?: number;
  body?: string;
}

export interface FixtureYear {
  year: number;
  /** Section numbers: `1`, `2`, `2.1`. */
  sections: string[];
  measures: FixtureMeasure[];
  administrators?: string[];
  /** The declared total; default: the sum of the published measures. */
  declaredTotal?: number;
  /** Languages the programme and the sections have text in; default: every one. */
  languages?: Locale[];
}

/** A text in the languages given, e.g. `{ lv: 'Nosaukums 1.1', en: 'Title 1.1' }`. */
const texts = (what: string, languages: readonly Locale[]) =>
  Object.fromEntries(
    languages.map((lang) => [lang, `${lang === defaultLocale ? 'Teksts' : 'Text'} ${what} (${lang})`]),
  );
const lists = (what: string, languages: readonly Locale[]) =>
  Object.fromEntries(languages.map((lang) => [lang, [`${what} (${lang}).`]]));
/** The fingerprint of a YAML entry's Latvian fields for each language it is translated into. */
const stamped = <T extends Record<string, unknown>>(data: T, languages: readonly Locale[]) => ({
  ...data,
  translates: Object.fromEntries(
    translationLocales
      .filter((lang) => languages.includes(lang))
      .map((lang) => [lang, inlineStamp(data, defaultLocale, localeCodes)]),
  ),
});

/** One or more programme years as Astro's collections return them. */
export function fixtureCollections(...years: FixtureYear[]): Collections {
  const administratorIds = [
    ...new Set(years.flatMap((y) => y.administrators ?? y.measures.map((m) => m.administrator))),
  ];
  const collections: Collections = {
    programmes: [],
    sections: [],
    administrators: [],
    measures: [],
    translations: [],
    updates: [],
  };
  collections.administrators = administratorIds.map((id) => {
    const data = administratorSchema().parse(
      stamped(
        {
          id,
          name: texts(`iestāde ${id}`, localeCodes),
          abbreviation: texts(id.toUpperCase(), localeCodes),
          shortName: texts(id, localeCodes),
        },
        localeCodes,
      ),
    );
    return { id, collection: 'administrators', filePath: 'src/content/administrators.yaml', data };
  });
  for (const { year, sections, measures, declaredTotal, languages = localeCodes } of years) {
    const published = measures.filter((m) => !m.draft).reduce((sum, m) => sum + Math.round(m.amount * 100), 0) / 100;
    const programme = programmeSchema().parse(
      stamped(
        {
          title: texts(`programma ${year}`, languages),
          approval: {
            text: texts('apstiprināta', languages),
            issuer: texts('ministrs', languages),
            year,
            month: 2,
            day: null,
            number: null,
          },
          legalBasis: texts('likums', languages),
          declaredTotal: declaredTotal ?? published,
          introduction: lists('Ievads', languages),
          signatory: { name: 'V. Uzvārds', position: texts('amats', languages) },
          signatureNote: texts('paraksts', languages),
        },
        languages,
      ),
    );
    collections.programmes.push({
      id: String(year),
      collection: 'programmes',
      filePath: contentFile.programme(year),
      data: programme,
    });
    for (const code of sections) {
      const data = sectionSchema().parse(
        stamped({ title: texts(`sadaļa ${code}`, languages), goals: lists(`Mērķis ${code}`, languages) }, languages),
      );
      const file = contentFile.section(year, code);
      collections.sections.push({
        id: `${year}/${code.replaceAll('.', '-')}`,
        collection: 'sections',
        filePath: file,
        data,
      });
    }
    for (const measure of measures) {
      const slug = measure.code.replaceAll('.', '-');
      const results = Array.from({ length: measure.results ?? 1 }, (_, i) => `Rezultāts ${measure.code}.${i + 1}.`);
      const original = {
        id: `${year}/${defaultLocale}/${slug}`,
        collection: 'measures' as const,
        filePath: contentFile.measure(year, defaultLocale, measure.code),
        body: measure.body ?? `Apraksts ${measure.code}.`,
        data: measureSchema(plainReference).parse({
          title: `Pasākums ${measure.code}`,
          administrator: measure.administrator,
          funding: { amount: measure.amount },
          results,
          draft: measure.draft ?? false,
        }),
      };
      collections.measures.push(original);
      for (const lang of measure.translated ?? translationLocales) {
        collections.translations.push({
          id: `${year}/${lang}/${slug}`,
          collection: 'translations',
          filePath: contentFile.measure(year, lang, measure.code),
          body: `Description ${measure.code} (${lang}).`,
          data: translationSchema().parse({
            title: `Measure ${measure.code} (${lang})`,
            results: results.map((_, i) => `Result ${measure.code}.${i + 1} (${lang}).`),
            translates: measureStamp(original),
          }),
        });
      }
    }
  }
  return collections;
}

/** The 2031 programme most tests use: two chapters, a subsection, three measures, two administrators. */
export const year2031: FixtureYear = {
  year: 2031,
  sections: ['1', '2', '2.1'],
  measures: [
    { code: '1.1', administrator: 'ministry', amount: 1000 },
    { code: '2.1.1', administrator: 'inspectorate', amount: 250.5 },
    { code: '2.2', administrator: 'ministry', amount: 749.5 },
  ],
};
