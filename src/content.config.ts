/**
 * Every content collection of the site. The schemas live in src/schemas.ts and
 * where the files are in src/lib/content/contentPath.ts, both shared with the
 * file reader of `npm run check` (src/check/readContent.ts); the ids come from
 * the same path parser, so both readers name every entry alike. Types used
 * elsewhere are derived from the schemas (`CollectionEntry<'measures'>`).
 *
 * Cross-entry rules (references resolve, translations match, totals add up)
 * live in src/lib/content/validateProgramme.ts: a schema sees one entry at a time.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { hasContentFiles } from '#src/data/contentPresence.ts';
import { contentFiles, entryId, type CollectionName } from '#src/lib/content/contentPath.ts';
import { collectionSchemas } from './schemas.ts';

const globOf = (collection: Exclude<CollectionName, 'administrators' | 'synonyms'>) => {
  const { base, pattern } = contentFiles[collection];
  return glob({ base: `./${base}`, pattern, generateId: ({ entry }) => entryId(collection, entry) });
};

const schemas = collectionSchemas(reference);

/**
 * The change notes' loader: in a build, nothing to load (and nothing to warn of) before the
 * first publication; in `npm run dev`, always the glob loader, which watches for the first note.
 */
const changeNotes: Loader = {
  name: 'change-notes',
  load: async (context) => {
    if (!context.watcher && !hasContentFiles('updates')) {
      context.store.clear();
      return;
    }
    await globOf('updates').load(context);
  },
};

export const collections = {
  programmes: defineCollection({ loader: globOf('programmes'), schema: schemas.programmes }),
  administrators: defineCollection({ loader: file(contentFiles.administrators.file), schema: schemas.administrators }),
  synonyms: defineCollection({ loader: file(contentFiles.synonyms.file), schema: schemas.synonyms }),
  sections: defineCollection({ loader: globOf('sections'), schema: schemas.sections }),
  measures: defineCollection({ loader: globOf('measures'), schema: schemas.measures }),
  translations: defineCollection({ loader: globOf('translations'), schema: schemas.translations }),
  pages: defineCollection({ loader: globOf('pages'), schema: schemas.pages }),
  updates: defineCollection({ loader: changeNotes, schema: schemas.updates }),
};
