/**
 * Every publication of every programme year, with what it changed, computed
 * from the git history and never typed: a change note's file
 * (`updates/<year>/<day>.yaml`) is published by the first commit on the main
 * line that contains it, and its changes are the content at that commit
 * compared with the content at the previous publication's (./changeSnapshot.ts,
 * src/lib/history/summariseChanges.ts). A note not committed yet (in
 * `npm run dev`, or a review before the commit) is compared from the working
 * copy. Without a full history nothing is computed: a warning, and a failure
 * in CI, as for the "last updated" dates (./contentDates.ts).
 */
import type { z } from 'astro/zod';
import type { updateSchema } from '#src/schemas.ts';
import { compareContentPaths } from '#src/lib/content/compareContentPaths.ts';
import { contentFiles, contentPathOf, type ContentPath } from '#src/lib/content/contentPath.ts';
import type { Problem } from '#src/lib/content/problem.ts';
import { summariseChanges, type ChangeSummary, type ContentSnapshot } from '#src/lib/history/summariseChanges.ts';
import { changeSnapshot } from './changeSnapshot.ts';
import { addedOnMainLine, contentAt, contentOnDisk, historyMissing } from './gitContent.ts';

/** A change note as either content reader gives it. */
export interface NoteEntry {
  id: string;
  filePath?: string | undefined;
  data: z.output<ReturnType<typeof updateSchema>>;
}

export interface Publication {
  /** `2023/2024-03-05`: the note's id. */
  id: string;
  file: string;
  year: number;
  /** The day of publication (`2024-03-05`), from the file's name. */
  date: string;
  /** Which publication of its day (1 for the first). */
  sequence: number;
  /** `2024-03-05`, `2024-03-05-2`: the anchor of its entry and the tag's name. */
  slug: string;
  kind: 'major' | 'minor';
  note: NoteEntry['data']['note'];
  /** The commit on the main line that published it; undefined while it is not committed. */
  commit: string | undefined;
  /** True for the year's first publication, which changes nothing: it is the programme as first published. */
  first: boolean;
  /** What it changed since the previous publication; undefined for the first, or when there is no history. */
  changes: ChangeSummary | undefined;
  /** The year's content as this publication made it. */
  snapshot: ContentSnapshot | undefined;
}

export interface Publications {
  /** Per programme year, oldest first. */
  byYear: Map<number, Publication[]>;
  problems: Problem[];
  /** Why nothing could be computed, when so (no history, a shallow clone). */
  missing: string | undefined;
}

/**
 * The publications of `notes`, with their changes computed from the history of
 * the project at `root`. `strict` (the build) refuses a missing history in CI.
 */
export async function computePublications(
  root: string,
  notes: readonly NoteEntry[],
  { strict }: { strict: boolean },
): Promise<Publications> {
  const placed = notes
    .map((entry) => ({ entry, path: contentPathOf(entry) }))
    .sort((a, b) => compareContentPaths(a.path, b.path));
  const problems: Problem[] = [];
  const byYear = new Map<number, Publication[]>();
  if (placed.length === 0) return { byYear, problems, missing: undefined };

  const missing = await historyMissing(root);
  if (missing !== undefined) {
    const message = `No computed changes for the publications: ${missing}. Build from a full clone (git fetch --unshallow) to show them.`;
    if (strict && process.env['CI']) throw new Error(message);
    console.warn(`Warning: ${message}`);
  }
  const { added, order } =
    missing === undefined
      ? await addedOnMainLine(root, contentFiles.updates.base)
      : { added: new Map<string, string>(), order: new Map<string, number>() };
  const snapshots = new Map<string, Promise<Map<string, string>>>();
  const filesAt = (commit: string | undefined) => {
    const key = commit ?? '';
    if (!snapshots.has(key)) snapshots.set(key, commit === undefined ? contentOnDisk(root) : contentAt(root, commit));
    return snapshots.get(key) ?? contentOnDisk(root);
  };

  for (const [year, ofYear] of Map.groupBy(placed, ({ path }) => path.year ?? 0)) {
    const list: Publication[] = [];
    let previous: { snapshot: ContentSnapshot | undefined; path: ContentPath; rank: number } | undefined;
    for (const { entry, path } of ofYear) {
      const commit = missing === undefined ? added.get(path.file) : undefined;
      const rank = commit === undefined ? Number.POSITIVE_INFINITY : (order.get(commit) ?? Number.POSITIVE_INFINITY);
      if (previous && missing === undefined && rank < previous.rank) {
        problems.push({
          level: 'error',
          file: path.file,
          field: '',
          message: `published before ${previous.path.file}, though its day comes after: the days of the change notes must follow the order in which they were published (rename the later one)`,
        });
      }
      const snapshot = missing === undefined ? changeSnapshot(await filesAt(commit), year) : undefined;
      const { date = '', sequence = 1 } = path.publication ?? {};
      list.push({
        id: entry.id,
        file: path.file,
        year,
        date,
        sequence,
        slug: path.slug ?? '',
        kind: entry.data.kind,
        note: entry.data.note,
        commit,
        first: previous === undefined,
        changes: previous?.snapshot && snapshot ? summariseChanges(previous.snapshot, snapshot) : undefined,
        snapshot,
      });
      previous = { snapshot, path, rank };
    }
    byYear.set(year, list);
  }
  return { byYear, problems, missing };
}

/**
 * Per content file, the day of the latest publication that changed it (the
 * first publication changed every file: it published them): the pages'
 * "last updated" dates once a year has publications. An administrator's
 * entry counts for its file.
 */
export function publicationDates(publications: readonly Publication[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const publication of publications) {
    const files = publication.first
      ? [...(publication.snapshot?.files.keys() ?? [])]
      : (publication.changes?.files ?? []);
    for (const file of files) dates.set(file.split(' › ')[0] ?? file, publication.date);
  }
  return dates;
}
