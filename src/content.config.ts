/**
 * Every content collection of the site. The schemas live in src/schemas.ts,
 * shared with `npm run check`; types used elsewhere are derived from them
 * (`CollectionEntry<'measures'>`), never rewritten.
 *
 * Cross-entry rules (references resolve, translations match, totals add up)
 * live in src/lib/content/validateProgramme.ts: a schema sees one entry at a time.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  administratorSchema,
  contentFiles,
  measureSchema,
  pageSchema,
  programmeSchema,
  sectionSchema,
  synonymSchema,
  translationSchema,
} from './schemas.ts';

const globOf = ({ base, pattern }: { base: string; pattern: string }) => glob({ base: `./${base}`, pattern });

export const collections = {
  programmes: defineCollection({ loader: globOf(contentFiles.programmes), schema: programmeSchema() }),
  administrators: defineCollection({ loader: file(contentFiles.administrators.file), schema: administratorSchema() }),
  synonyms: defineCollection({ loader: file(contentFiles.synonyms.file), schema: synonymSchema() }),
  sections: defineCollection({ loader: globOf(contentFiles.sections), schema: sectionSchema() }),
  measures: defineCollection({ loader: globOf(contentFiles.measures), schema: measureSchema(reference) }),
  translations: defineCollection({ loader: globOf(contentFiles.translations), schema: translationSchema() }),
  pages: defineCollection({ loader: globOf(contentFiles.pages), schema: pageSchema() }),
};
