/**
 * `npm run publication:tag` in a small git repository of change notes (no site
 * build): it tags HEAD with the newest note's `publication/<day>`, does nothing
 * when that tag exists, and CI's push of `refs/tags/publication/*` carries the
 * tags to the remote.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFile } from '#src/lib/content/contentPath.ts';
import { projectRoot, runIn, type RunResult } from '../helpers/projectCopy.ts';

let dir: string;
let remote: string;

const git = async (...args: string[]) => {
  const result = await runIn(dir, 'git', args);
  expect(result.code, `git ${args.join(' ')}: ${result.output}`).toBe(0);
  return result.output.trim();
};
const tagScript = (): Promise<RunResult> =>
  runIn(projectRoot, process.execPath, [path.join(projectRoot, 'scripts/publication-tag.ts'), '--root', dir]);
const lastLine = (output: string) => output.trim().split('\n').at(-1);

/** Writes the files and commits them. */
async function commit(files: readonly string[], message: string): Promise<string> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), 'kind: minor\nnote:\n  lv: Labojums.\n  en: A correction.\n');
  }
  await git('add', '-A');
  await git('commit', '-q', '--allow-empty', '-m', message);
  return git('rev-parse', 'HEAD');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'programme-tags-'));
  remote = await mkdtemp(path.join(tmpdir(), 'programme-tags-remote-'));
  expect((await runIn(remote, 'git', ['init', '-q', '--bare'])).code).toBe(0);
  await git('init', '-q');
  await git('config', 'user.name', 'Test');
  await git('config', 'user.email', 'test@example.lv');
  await git('remote', 'add', 'origin', remote);
});

afterAll(async () => {
  await Promise.all([dir, remote].map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('npm run publication:tag', () => {
  it('tags nothing without a change note', async () => {
    await commit(['src/content/updates/_README.md'], 'No notes yet');
    const run = await tagScript();
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('nothing to tag');
    expect(await git('tag', '--list')).toBe('');
  });

  it('tags HEAD with the new note’s publication, as an annotated tag, its name last', async () => {
    const head = await commit([contentFile.update(2023, '2024-03-05')], 'The first publication');
    const run = await tagScript();
    expect(run.code, run.output).toBe(0);
    expect(lastLine(run.output)).toBe('publication/2024-03-05');
    expect(await git('rev-parse', 'publication/2024-03-05^{commit}')).toBe(head);
    expect(await git('cat-file', '-t', 'publication/2024-03-05')).toBe('tag');
  });

  it('does nothing when the tag exists, run again or after a merge without a new note', async () => {
    const tagged = await git('rev-parse', 'publication/2024-03-05^{commit}');
    for (const attempt of ['again', 'after a commit']) {
      if (attempt === 'after a commit') await commit([], 'A fix of the build, no note');
      const run = await tagScript();
      expect(run.code, run.output).toBe(0);
      expect(run.output, attempt).toContain('publication/2024-03-05 already exists');
      expect(await git('tag', '--list')).toBe('publication/2024-03-05');
      expect(await git('rev-parse', 'publication/2024-03-05^{commit}')).toBe(tagged);
    }
  });

  it('tags the day’s second publication with its number', async () => {
    const head = await commit([contentFile.update(2023, '2024-03-05', 2)], 'The second publication that day');
    const run = await tagScript();
    expect(run.code, run.output).toBe(0);
    expect(lastLine(run.output)).toBe('publication/2024-03-05-2');
    expect(await git('rev-parse', 'publication/2024-03-05-2^{commit}')).toBe(head);
  });

  it('refuses when another programme year’s note of the same name was published before', async () => {
    await commit([contentFile.update(2024, '2024-03-05', 2)], 'A note of the same name for another year');
    const run = await tagScript();
    expect(run.code).toBe(1);
    expect(run.output).toContain('one tag cannot mark two publications');
    expect(await git('tag', '--list')).toBe('publication/2024-03-05\npublication/2024-03-05-2');
  });

  it('is pushed, every publication tag, by the refspec the CI templates use', async () => {
    await git('push', '-q', 'origin', 'refs/tags/publication/*:refs/tags/publication/*');
    const pushed = await runIn(remote, 'git', ['tag', '--list']);
    expect(pushed.output.trim()).toBe('publication/2024-03-05\npublication/2024-03-05-2');
  });
});
