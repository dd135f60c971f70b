/**
 * The git tags that mark publications: the commit that published a change note
 * `updates/<year>/<slug>.yaml` is tagged `publication/<slug>` (`publication/2024-03-05`,
 * `publication/2024-03-05-2`) by `npm run publication:tag` (docs/publishing.md). Before
 * them, one tag `published` was moved by hand at each publication; git cannot hold a
 * tag `published` beside tags under `published/`, hence `publication/`.
 */
import { contentFile, parseContentPath, type ContentPath } from '#src/lib/content/contentPath.ts';

export const publicationTagPrefix = 'publication/';
/** The hand-moved tag of the first publications: read as a fallback, never written. */
export const legacyPublishedTag = 'published';

type Publication = NonNullable<ContentPath['publication']>;

/**
 * The tag of the publication a change note's path names.
 *
 * @example publicationTag(parsed('src/content/updates/2023/2024-03-05-2.yaml')) // 'publication/2024-03-05-2'
 */
export function publicationTag(path: ContentPath): string {
  if (path.kind !== 'update' || path.slug === undefined) throw new Error(`${path.file} is not a change note`);
  return `${publicationTagPrefix}${path.slug}`;
}

/**
 * The publication a tag names, read back through the path parser: the tag's
 * slug is a change note's file name. Undefined for any other tag.
 *
 * @example taggedPublication('publication/2024-03-05-2') // { date: '2024-03-05', sequence: 2 }
 */
export function taggedPublication(tag: string): Publication | undefined {
  if (!tag.startsWith(publicationTagPrefix)) return undefined;
  const slug = tag.slice(publicationTagPrefix.length);
  // The note's file name is the slug (a day's first publication has no number). The programme
  // year is the folder, not part of the name or the tag: any year reads the name the same way.
  const parsed = parseContentPath(contentFile.update(2000, slug));
  return parsed.ok ? parsed.path.publication : undefined;
}

/** Publications in the order they were made: by day, then the day's number (`-9` before `-10`). */
export function comparePublications(a: Publication, b: Publication): number {
  return a.date.localeCompare(b.date, 'en') || a.sequence - b.sequence;
}

/** The newest of `items` by the publication `of` gives; items without one are left out. */
function newest<T>(items: readonly T[], of: (item: T) => Publication | undefined): T | undefined {
  let best: { item: T; publication: Publication } | undefined;
  for (const item of items) {
    const publication = of(item);
    if (publication && (!best || comparePublications(publication, best.publication) > 0)) best = { item, publication };
  }
  return best?.item;
}

/**
 * The newest publication tag among `tags` (e.g. `git tag --list`), by day and
 * then number; other tags are ignored.
 *
 * @example latestPublicationTag(['published', 'publication/2024-03-05-9', 'publication/2024-03-05-10'])
 * // 'publication/2024-03-05-10'
 */
export function latestPublicationTag(tags: readonly string[]): string | undefined {
  return newest(tags, taggedPublication);
}

/**
 * The change notes of the newest publication among `files` (paths relative to
 * the project), by day and then number; any other file is ignored. Several when
 * notes of several programme years have its name: they share its tag. Empty
 * without change notes.
 */
export function latestNotes(files: readonly string[]): ContentPath[] {
  const notes = files.flatMap((file) => {
    const parsed = parseContentPath(file);
    return parsed.ok && parsed.path.kind === 'update' ? [parsed.path] : [];
  });
  const latest = newest(notes, (path) => path.publication);
  return latest ? notes.filter((path) => path.slug === latest.slug) : [];
}

/**
 * What `npm run changes` and `npm run review` compare with by default: the
 * latest publication, else the hand-moved `published` tag, else the last commit.
 */
export function defaultSince(tags: readonly string[]): string {
  return latestPublicationTag(tags) ?? (tags.includes(legacyPublishedTag) ? legacyPublishedTag : 'HEAD');
}
