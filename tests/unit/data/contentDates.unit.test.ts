/** "Last updated" dates from a git history: each content file's last commit, none without a full history. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentDates } from '#src/data/contentDates.ts';

let repo: string;
const git = (cwd: string, args: string[], date?: string) =>
  execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    stdio: 'pipe',
  }).toString();

async function commit(file: string, text: string, date: string) {
  await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
  await writeFile(path.join(repo, file), text);
  git(repo, ['add', '.']);
  git(repo, ['-c', 'user.name=T', '-c', 'user.email=t@example.lv', 'commit', '-qm', file], date);
}

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'content-dates-'));
  git(repo, ['init', '-q']);
  await commit('src/content/measures/2031/lv/1-1.mdx', 'a', '2031-01-05T10:00:00+02:00');
  await commit('src/content/sections/2031/1.yaml', 'b', '2031-02-01T09:00:00Z');
  await commit('src/content/measures/2031/lv/1-1.mdx', 'c', '2031-03-10T23:30:00-02:00');
  await commit('README.md', 'not content', '2031-04-01T00:00:00Z');
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('contentDates', () => {
  it('gives each content file the date of its last commit, in UTC, and nothing for other files', async () => {
    const dates = await contentDates(repo, { strict: false });
    expect(Object.fromEntries(dates)).toEqual({
      'src/content/measures/2031/lv/1-1.mdx': '2031-03-11T01:30:00Z',
      'src/content/sections/2031/1.yaml': '2031-02-01T09:00:00Z',
    });
  });

  it('has no dates without a history, with a warning, and refuses that in CI', async () => {
    const bare = await mkdtemp(path.join(tmpdir(), 'content-dates-none-'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      vi.stubEnv('CI', '');
      expect((await contentDates(bare, { strict: true })).size).toBe(0);
      expect(warn.mock.calls[0]?.[0]).toContain('No "last updated" dates: no git history');
      vi.stubEnv('CI', 'true');
      await expect(contentDates(bare, { strict: true })).rejects.toThrow('no git history');
      expect((await contentDates(bare, { strict: false })).size).toBe(0);
    } finally {
      vi.unstubAllEnvs();
      warn.mockRestore();
      await rm(bare, { recursive: true, force: true });
    }
  });

  it('has no dates from a shallow clone', async () => {
    const shallow = await mkdtemp(path.join(tmpdir(), 'content-dates-shallow-'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      git(shallow, ['clone', '-q', '--depth', '1', `file://${repo}`, 'copy']);
      expect((await contentDates(path.join(shallow, 'copy'), { strict: false })).size).toBe(0);
      expect(warn.mock.calls[0]?.[0]).toContain('a shallow git clone');
    } finally {
      warn.mockRestore();
      await rm(shallow, { recursive: true, force: true });
    }
  });
});
