import { describe, expect, it } from 'vitest';
import { contentFile, parseContentPath, type ContentPath } from '#src/lib/content/contentPath.ts';
import {
  defaultSince,
  latestNotes,
  latestPublicationTag,
  publicationTag,
  taggedPublication,
} from '#src/lib/history/publicationTags.ts';

const parse = (file: string): ContentPath => {
  const parsed = parseContentPath(file);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.path;
};

describe('publicationTag', () => {
  it('is publication/ and the change note’s name, whatever the programme year', () => {
    expect(publicationTag(parse(contentFile.update(2023, '2024-03-05')))).toBe('publication/2024-03-05');
    expect(publicationTag(parse(contentFile.update(2024, '2024-03-05', 2)))).toBe('publication/2024-03-05-2');
  });

  it('refuses a file that is not a change note', () => {
    expect(() => publicationTag(parse(contentFile.programme(2023)))).toThrow('not a change note');
  });
});

describe('taggedPublication', () => {
  it('reads the day and the day’s number back', () => {
    expect(taggedPublication('publication/2024-03-05')).toEqual({ date: '2024-03-05', sequence: 1 });
    expect(taggedPublication('publication/2024-03-05-10')).toEqual({ date: '2024-03-05', sequence: 10 });
  });

  it('reads no publication from other tags, or from names no change note could have', () => {
    for (const tag of [
      'published',
      'v1.0',
      'publication/',
      'publication/2024-02-30',
      'publication/2024-03-05-1',
      'publication/2023/2024-03-05',
      'publication/2024-03-05.yaml',
      'published/2024-03-05',
    ]) {
      expect(taggedPublication(tag), tag).toBeUndefined();
    }
  });
});

describe('latestPublicationTag', () => {
  it('is the newest by day, then by the day’s number (-10 after -9, not between -1 and -2)', () => {
    const tags = ['publication/2024-03-05-9', 'publication/2024-03-05-10', 'publication/2024-03-05', 'published'];
    expect(latestPublicationTag(tags)).toBe('publication/2024-03-05-10');
    expect(latestPublicationTag([...tags, 'publication/2024-03-06'])).toBe('publication/2024-03-06');
    expect(latestPublicationTag(['publication/2025-01-01', 'publication/2024-12-31-3'])).toBe('publication/2025-01-01');
  });

  it('is undefined without publication tags', () => {
    expect(latestPublicationTag([])).toBeUndefined();
    expect(latestPublicationTag(['published', 'v2', 'publication/soon'])).toBeUndefined();
  });
});

describe('latestNotes', () => {
  const files = (notes: readonly string[]) => latestNotes(notes).map((path) => path.file);

  it('are the newest publication’s change notes among the files, the others ignored', () => {
    expect(
      files([
        'src/content/updates/_README.md',
        contentFile.update(2023, '2024-03-05', 9),
        contentFile.update(2023, '2024-03-05', 10),
        contentFile.update(2023, '2024-01-10'),
        contentFile.programme(2023),
        'src/content/updates/2023/not-a-day.yaml',
      ]),
    ).toEqual(['src/content/updates/2023/2024-03-05-10.yaml']);
  });

  it('order by day across programme years, and are every year’s note of that name', () => {
    expect(files([contentFile.update(2024, '2024-03-05'), contentFile.update(2023, '2024-03-06')])).toEqual([
      'src/content/updates/2023/2024-03-06.yaml',
    ]);
    expect(
      files([
        contentFile.update(2023, '2024-03-06'),
        contentFile.update(2024, '2024-03-06', 2),
        contentFile.update(2023, '2024-03-06', 2),
      ]),
    ).toEqual(['src/content/updates/2024/2024-03-06-2.yaml', 'src/content/updates/2023/2024-03-06-2.yaml']);
  });

  it('are none without change notes', () => {
    expect(latestNotes(['src/content/updates/_README.md'])).toEqual([]);
  });
});

describe('defaultSince', () => {
  it('is the latest publication, else the published tag, else the last commit', () => {
    expect(defaultSince(['published', 'publication/2024-03-05', 'publication/2024-03-05-2'])).toBe(
      'publication/2024-03-05-2',
    );
    expect(defaultSince(['v1', 'published'])).toBe('published');
    expect(defaultSince(['v1'])).toBe('HEAD');
    expect(defaultSince([])).toBe('HEAD');
  });
});
