/**
 * `npm run publication:tag`: marks the commit being published (HEAD) with the
 * tag of its change note, `publication/<day>` (docs/publishing.md). The note is
 * the newest file in src/content/updates/ at HEAD, by day and the day's number
 * (with every other programme year's note of that name: one publication).
 *
 * - Its tag does not exist yet: creates it (annotated, so it records who tagged
 *   and when; git needs user.name and user.email) and prints its name as the
 *   last line.
 * - Its tag exists on a commit that holds the note: this commit added no newer
 *   note, so there is nothing to tag (exit 0).
 * - Its tag exists on a commit without the note (notes of two programme years
 *   with the same name, published apart): refuses (exit 1), as one tag cannot
 *   mark both.
 * - No note at all: nothing to tag (exit 0).
 *
 * Pushing the tag is the CI job's: `git push origin 'refs/tags/publication/*:refs/tags/publication/*'`.
 *
 * Usage: node scripts/publication-tag.ts [--root DIR]
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { contentFiles } from '#src/lib/content/contentPath.ts';
import { latestNotes, publicationTag } from '#src/lib/history/publicationTags.ts';

const run = promisify(execFile);
const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root);
const git = async (...args: string[]) => (await run('git', args, { cwd: root })).stdout.trim();
/** The commit `ref` names, or undefined when there is none. */
const commitOf = (ref: string) => git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).catch(() => undefined);
const short = (commit: string) => commit.slice(0, 12);
/** Whether `file` is in the tree of `commit`. */
const holds = (commit: string, file: string) =>
  git('cat-file', '-e', `${commit}:${file}`).then(
    () => true,
    () => false,
  );

try {
  const head = await git('rev-parse', '--verify', 'HEAD');
  const files = (await git('ls-tree', '-r', '--name-only', 'HEAD', '--', contentFiles.updates.base)).split('\n');
  const notes = latestNotes(files);
  const [note] = notes;
  const names = notes.map((path) => path.file).join(', ');
  if (!note) {
    console.log(`No change note in ${contentFiles.updates.base}/ at HEAD (${short(head)}): nothing to tag.`);
  } else {
    const tag = publicationTag(note);
    const tagged = await commitOf(`refs/tags/${tag}`);
    if (tagged === undefined) {
      await git('tag', '--annotate', '--message', `Publication ${note.slug ?? ''} (${names})`, tag, head);
      console.log(`Tagged HEAD (${short(head)}), the publication of ${names}:`);
      console.log(tag);
    } else {
      const held = await Promise.all(notes.map(({ file }) => holds(tagged, file)));
      const untagged = notes.filter((_, at) => !held[at]).map(({ file }) => file);
      if (untagged.length === 0) {
        console.log(
          `${tag} already exists (${short(tagged)}): HEAD (${short(head)}) adds no change note newer than ${names}, so nothing is tagged.`,
        );
      } else {
        console.log(
          `Error: ${tag} already tags ${short(tagged)}, which does not hold ${untagged.join(', ')}: another programme year's note of the same name was published there, and one tag cannot mark two publications. Publish the notes of several years written on one day in one merge (docs/publishing.md).`,
        );
        process.exitCode = 1;
      }
    }
  }
} catch (error) {
  console.log(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
