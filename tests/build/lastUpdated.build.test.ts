/**
 * "Last updated" dates come from the git history of each page's content files:
 * a commit that touches only the Latvian 2.1.2 moves the date of both 2.1.2
 * pages and of everything that contains it, and of nothing else. Without a
 * history there are no dates (a warning), and CI refuses to build.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, removeCopy, runIn, type RunResult } from '../helpers/projectCopy.ts';

const first = '2024-01-10T09:00:00Z';
const second = '2024-03-05T15:30:00Z';

let dir: string;
let build: RunResult;

/** Commits everything in the copy at a fixed date, so the dates in the site are known. */
async function commitAll(message: string, date: string): Promise<void> {
  const env = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  expect((await runIn(dir, 'git', ['add', '-A'], env)).code).toBe(0);
  const commit = await runIn(dir, 'git', ['commit', '-q', '-m', message], env);
  expect(commit.code, commit.output).toBe(0);
}

const page = (at: string) => readFile(path.join(dir, 'dist', at, 'index.html'), 'utf8');
/** The page's "last updated" day, as `<time datetime>` gives it. */
const shownDate = async (at: string) =>
  /data-last-updated[^>]*>[^<]*<time datetime="([^"]+)"/.exec(await page(at))?.[1];

beforeAll(async () => {
  dir = await projectCopy();
  await writeFile(path.join(dir, '.gitignore'), 'node_modules\ndist\n.astro\n');
  expect((await runIn(dir, 'git', ['init', '-q'])).code).toBe(0);
  await runIn(dir, 'git', ['config', 'user.name', 'Test']);
  await runIn(dir, 'git', ['config', 'user.email', 'test@example.lv']);
  await commitAll('The programme', first);
  const file = path.join(dir, 'src/content/measures/2023/lv/2-1-2.mdx');
  const text = await readFile(file, 'utf8');
  // A change of the file that the proof against the source document lets through: a comment.
  await writeFile(file, text.replace('\ntitle:', '\n# Checked against the signed document.\ntitle:'));
  await commitAll('2.1.2: a comment', second);
  build = await runIn(dir, 'npm', ['run', 'build']);
}, 180_000);

afterAll(async () => {
  await removeCopy(dir);
});

describe('the last-updated date', () => {
  it('moves on both 2.1.2 pages and every page that contains 2.1.2, and on no other', async () => {
    expect(build.code, build.output).toBe(0);
    for (const at of [
      'lv/2023/2-1-2',
      'en/2023/2-1-2',
      'lv/2023/2-1',
      'en/2023/2-1',
      'lv/2023/2',
      'lv/2023',
      'en/2023',
      'lv/2023/document',
      'en/2023/document',
      'lv/2023/administrators/ministry',
      'en/2023/administrators/ministry',
    ]) {
      expect(await shownDate(at), at).toBe('2024-03-05');
    }
    for (const at of ['lv/2023/1-1', 'en/2023/1-1', 'lv/2023/1', 'lv/2023/administrators/inspectorate']) {
      expect(await shownDate(at), at).toBe('2024-01-10');
    }
  });

  it('is written in each language’s way and given to search engines', async () => {
    expect(await page('lv/2023/2-1-2')).toContain('<time datetime="2024-03-05">2024. gada 5. marts</time>');
    expect(await page('en/2023/2-1-2')).toContain('<time datetime="2024-03-05">5 March 2024</time>');
    expect(await page('en/2023/2-1-2')).toContain('"dateModified":"2024-03-05"');
    expect(await page('en/2023')).toContain('"dateModified":"2024-03-05"');
  });

  it('is left out without a git history, with a warning, and refused in CI', async () => {
    await rm(path.join(dir, '.git'), { recursive: true, force: true });
    const inCi = await runIn(dir, 'npm', ['run', 'build'], { CI: 'true' });
    expect(inCi.code).not.toBe(0);
    expect(inCi.output).toContain('No "last updated" dates: no git history');
    const local = await runIn(dir, 'npm', ['run', 'build']);
    expect(local.code, local.output).toBe(0);
    expect(local.output).toContain('No "last updated" dates: no git history');
    expect(await page('lv/2023/2-1-2')).not.toContain('data-last-updated');
    expect(await page('lv/2023/2-1-2')).not.toContain('dateModified');
  });
});
