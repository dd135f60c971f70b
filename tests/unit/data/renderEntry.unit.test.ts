/** A body that cannot be rendered stops a build, and joins the problem banner in the preview. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Problem } from '#src/lib/content/problem.ts';

vi.mock('astro:content', () => ({
  render: async (entry: { id: string }) => {
    if (entry.id.endsWith('broken')) throw Object.assign(new Error('Unexpected character'), { loc: { line: 12 } });
    return { Content: 'rendered' };
  },
}));

const { renderEntry } = await import('#src/data/renderEntry.ts');
const entry = (id: string) =>
  ({ id, collection: 'measures', filePath: `src/content/measures/${id}.mdx`, data: {} }) as unknown as Parameters<
    typeof renderEntry
  >[0];

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('renderEntry', () => {
  it('gives the rendered body', async () => {
    expect(await renderEntry(entry('2031/lv/1-1'), [])).toBe('rendered');
  });

  it('in a build, lets the error stop it', async () => {
    vi.stubEnv('DEV', false);
    await expect(renderEntry(entry('2031/lv/broken'), [])).rejects.toThrow('Unexpected character');
  });

  it('in the preview, adds the error to the banner with its file and line, and goes on without the body', async () => {
    vi.stubEnv('DEV', true);
    const problems: Problem[] = [];
    expect(await renderEntry(entry('2031/lv/broken'), problems)).toBeUndefined();
    expect(problems).toEqual([
      {
        level: 'error',
        file: 'src/content/measures/2031/lv/broken.mdx',
        field: 'body',
        line: 12,
        message: 'the text cannot be shown: Unexpected character',
      },
    ]);
  });

  it('in the preview, does not list a syntax error the check already lists', async () => {
    vi.stubEnv('DEV', true);
    const listed: Problem = {
      level: 'error',
      file: 'src/content/measures/2031/lv/broken.mdx',
      field: 'body',
      message: 'x',
    };
    const problems = [listed];
    await renderEntry(entry('2031/lv/broken'), problems);
    expect(problems).toEqual([listed]);
  });
});
