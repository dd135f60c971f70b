import { describe, expect, it } from 'vitest';
import { commitSeparator, latestDate, parseGitLog } from '#src/lib/history/parseGitLog.ts';

const log = [
  `${commitSeparator}2024-03-05T15:30:00Z`,
  '',
  'src/content/measures/2023/lv/2-1-2.mdx',
  `${commitSeparator}2024-01-10T09:00:00Z`,
  '',
  'src/content/measures/2023/lv/2-1-2.mdx',
  'src/content/measures/2023/lv/1-1.mdx',
  '',
].join('\n');

describe('parseGitLog', () => {
  it('keeps each file’s latest commit date', () => {
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['src/content/measures/2023/lv/2-1-2.mdx', '2024-03-05T15:30:00Z'],
        ['src/content/measures/2023/lv/1-1.mdx', '2024-01-10T09:00:00Z'],
      ]),
    );
  });

  it('reads an empty history as no dates', () => {
    expect(parseGitLog('')).toEqual(new Map());
  });
});

describe('latestDate', () => {
  const dates = parseGitLog(log);
  it('is the latest of the files that have a date', () => {
    expect(latestDate(dates, ['src/content/measures/2023/lv/1-1.mdx', 'src/content/measures/2023/lv/2-1-2.mdx'])).toBe(
      '2024-03-05T15:30:00Z',
    );
    expect(latestDate(dates, ['src/content/measures/2023/lv/1-1.mdx', 'never-committed.mdx'])).toBe(
      '2024-01-10T09:00:00Z',
    );
  });

  it('is undefined when none has one', () => {
    expect(latestDate(dates, ['never-committed.mdx'])).toBeUndefined();
  });
});
