import { localeCodes, type Locale } from '../i18n/locales.ts';
import { getSite, type Measure, type ProgrammeYear, type Section } from './site.ts';
import { codeToSlug } from '../lib/codeSlug.ts';

/** `getStaticPaths` for pages that exist once per language. */
export function localePaths() {
  return localeCodes.map((lang) => ({ params: { lang }, props: { locale: lang } }));
}

/** `getStaticPaths` for pages that exist once per language and programme year. */
export async function yearPaths() {
  const { years } = await getSite();
  return localeCodes.flatMap((locale: Locale) =>
    years.map((year) => ({ params: { lang: locale, year: String(year.year) }, props: { locale, year } })),
  );
}

export type PartProps =
  | { locale: Locale; year: ProgrammeYear; kind: 'section'; section: Section }
  | { locale: Locale; year: ProgrammeYear; kind: 'measure'; measure: Measure; index: number };

/** `getStaticPaths` for every numbered part of a programme: chapters, subsections and measures. */
export async function partPaths() {
  const { years } = await getSite();
  return localeCodes.flatMap((locale) =>
    years.flatMap((year) => [
      ...year.sections.map((section) => ({
        params: { lang: locale, year: String(year.year), part: codeToSlug(section.data.code) },
        props: { locale, year, kind: 'section', section } satisfies PartProps,
      })),
      ...year.measures[locale].map((measure, index) => ({
        params: { lang: locale, year: String(year.year), part: measure.slug },
        props: { locale, year, kind: 'measure', measure, index } satisfies PartProps,
      })),
    ]),
  );
}

/** `getStaticPaths` for administrator pages. */
export async function administratorPaths() {
  const { years } = await getSite();
  return localeCodes.flatMap((locale) =>
    years.flatMap((year) =>
      year.administrators.map((administrator) => ({
        params: { lang: locale, year: String(year.year), id: administrator.id },
        props: { locale, year, administrator },
      })),
    ),
  );
}
