import { localeCodes } from '#src/i18n/locales.ts';
import { documentView } from './views/document.ts';
import { getSite } from './site.ts';
import type { MeasureView } from './views/measure.ts';
import { programmeView, type ProgrammeView } from './views/programme.ts';
import type { SectionView } from './views/section.ts';
import { updatesView } from './views/updates.ts';

/** Paths for pages that exist once per language. */
export function localePaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

/** Paths for pages that exist once per language and programme year. */
export async function yearPaths() {
  const { years } = await getSite();
  return localeCodes.flatMap((lang) =>
    years.map((year) => ({
      params: { lang, year: String(year.year) },
      props: { programme: programmeView(year, lang) },
    })),
  );
}

export type PartProps =
  | { programme: ProgrammeView; kind: 'section'; section: SectionView }
  | { programme: ProgrammeView; kind: 'measure'; measure: MeasureView };

/** Paths for every numbered part of a programme: chapters, subsections and measures. */
export async function partPaths() {
  const { years } = await getSite();
  return localeCodes.flatMap((lang) =>
    years.flatMap((year) => {
      const programme = programmeView(year, lang);
      const params = (part: string) => ({ lang, year: String(year.year), part });
      return [
        ...programme.sections.map((section) => ({
          params: params(section.slug),
          props: { programme, kind: 'section', section } satisfies PartProps,
        })),
        ...programme.measures.map((measure) => ({
          params: params(measure.slug),
          props: { programme, kind: 'measure', measure } satisfies PartProps,
        })),
      ];
    }),
  );
}

/** Paths for administrator pages. */
export async function administratorPaths() {
  const { years } = await getSite();
  return localeCodes.flatMap((lang) =>
    years.flatMap((year) => {
      const programme = programmeView(year, lang);
      return programme.administrators.map((administrator) => ({
        params: { lang, year: String(year.year), id: administrator.id },
        props: { programme, administrator },
      }));
    }),
  );
}

/** Paths for the whole-document page of each programme year, once per language. */
export async function documentPaths() {
  const { years } = await getSite();
  return localeCodes.flatMap((lang) =>
    years.map((year) => ({
      params: { lang, year: String(year.year) },
      props: { document: documentView(year, lang) },
    })),
  );
}

/** Paths for the updates page of each programme year, once per language (it exists before the first publication too). */
export async function updatesPaths() {
  const { years } = await getSite();
  return localeCodes.flatMap((lang) =>
    years.map((year) => ({
      params: { lang, year: String(year.year) },
      props: { updates: updatesView(year, lang) },
    })),
  );
}
