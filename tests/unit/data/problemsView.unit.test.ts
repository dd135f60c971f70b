import { describe, expect, it } from 'vitest';
import { problemsView } from '#src/data/problemsView.ts';
import type { Problem } from '#src/lib/content/problem.ts';

const problem = (level: Problem['level'], file: string, field = '', line?: number): Problem => ({
  level,
  file,
  field,
  line,
  message: 'expected something else',
});

describe('problemsView', () => {
  it('lists errors first, each as `file:line › field`', () => {
    const items = problemsView(
      [
        problem('warning', 'src/content/measures/2031/en/1-1.mdx', 'translates'),
        problem('error', 'src/content/measures/2031/lv/1-1.mdx', 'funding.amount', 5),
      ],
      'lv',
    );
    expect(items.map((i) => [i.level, i.where])).toEqual([
      ['error', 'src/content/measures/2031/lv/1-1.mdx:5 › funding.amount'],
      ['warning', 'src/content/measures/2031/en/1-1.mdx › translates'],
    ]);
  });

  it('links each problem to the page of its file, in the file’s language where it has one', () => {
    const hrefs = problemsView(
      [
        problem('error', 'src/content/measures/2031/en/2-1-1.mdx'),
        problem('error', 'src/content/sections/2031/2-1.yaml'),
        problem('error', 'src/content/programmes/2031.yaml', 'declaredTotal'),
        problem('error', 'src/content/administrators.yaml', '0.name'),
        problem('error', 'src/content/measures/2031/lv/2-1-a.mdx'),
      ],
      'lv',
    ).map((i) => i.href);
    expect(hrefs).toEqual(['/en/2031/2-1-1/', '/lv/2031/2-1/', '/lv/2031/', undefined, undefined]);
  });
});
