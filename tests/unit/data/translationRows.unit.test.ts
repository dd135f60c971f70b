/**
 * The one list of translations that `npm run translations` prints and the
 * preview's staff page shows: every measure and every bilingual entry, with
 * the status each would be given, from the real content and changed copies of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent, type LoadedContent } from '#src/check/readContent.ts';
import { translationRows } from '#src/data/translationRows.ts';
import { projectRoot } from '../../helpers/projectCopy.ts';

let content: LoadedContent;

beforeAll(async () => {
  content = await readContent(projectRoot);
  expect(content.problems).toEqual([]);
});

const statusOf = (rows: ReturnType<typeof translationRows>, key: string) => rows.find((r) => r.key === key)?.status;

describe('translationRows', () => {
  it('lists every measure, then the programme, sections and administrators, all up to date today', () => {
    const rows = translationRows(content, new Map());
    expect(rows.map((r) => r.key)).toEqual([
      ...['1-1', '1-2', '1-3', '1-4', '2-1-1', '2-1-2', '2-1-3', '2-2-1', '2-2-2', '2-3'].map((slug) => `2023/${slug}`),
      '2023',
      ...['1', '2', '2-1', '2-2'].map((slug) => `2023/${slug}`),
      'administrators/inspectorate',
      'administrators/ministry',
    ]);
    expect(rows.every((r) => r.status === 'current' && r.lang === 'en' && r.since === undefined)).toBe(true);
    expect(rows.find((r) => r.key === '2023/2-1-2')).toMatchObject({
      original: 'src/content/measures/2023/lv/2-1-2.mdx',
      file: 'src/content/measures/2023/en/2-1-2.mdx',
      field: 'translates',
      target: { kind: 'measure', year: 2023, code: '2.1.2' },
    });
    expect(rows.find((r) => r.key === '2023/2-1')?.target).toEqual({ kind: 'section', year: 2023, code: '2.1' });
    expect(rows.find((r) => r.key === '2023')?.target).toEqual({ kind: 'programme', year: 2023 });
    expect(rows.find((r) => r.key === 'administrators/inspectorate')).toMatchObject({
      file: 'src/content/administrators.yaml',
      field: '1.translates',
      target: { kind: 'administrator', id: 'inspectorate' },
    });
  });

  it("keeps that order whatever the order of the collections, as Astro's and the script's differ", () => {
    const reversed = Object.fromEntries(
      Object.entries(content).map(([name, value]) => [name, Array.isArray(value) ? [...value].reverse() : value]),
    ) as unknown as LoadedContent;
    const keys = (c: LoadedContent) => translationRows(c, new Map()).map((r) => r.key);
    expect(keys(reversed)).toEqual(keys(content));
  });

  it('says outdated, with the date of the committed Latvian change, when a Latvian text changed', () => {
    const changed = {
      ...content,
      measures: content.measures.map((m) =>
        m.id === '2023/lv/2-1-2' ? { ...m, body: `${m.body}\nJauns teikums.` } : m,
      ),
      sections: content.sections.map((s) =>
        s.id === '2023/2-1' ? { ...s, data: { ...s.data, tasks: { ...s.data.tasks, lv: ['Jauns uzdevums.'] } } } : s,
      ),
    };
    const dates = new Map([
      ['src/content/measures/2023/lv/2-1-2.mdx', '2024-03-05T10:00:00Z'],
      ['src/content/sections/2023/2-1.yaml', '2024-04-01T08:00:00Z'],
    ]);
    const rows = translationRows(changed, dates);
    expect(rows.filter((r) => r.status !== 'current').map((r) => [r.key, r.status, r.since])).toEqual([
      ['2023/2-1-2', 'outdated', '2024-03-05T10:00:00Z'],
      ['2023/2-1', 'outdated', '2024-04-01T08:00:00Z'],
    ]);
  });

  it('says not yet translated for a file never marked done, and missing for no file', () => {
    const unmarked = {
      ...content,
      translations: content.translations
        .filter((t) => t.id !== '2023/en/2-3')
        .map((t) => (t.id === '2023/en/1-1' ? { ...t, data: { ...t.data, translates: undefined } } : t)),
      administrators: content.administrators.map((a) =>
        a.id === 'ministry' ? { ...a, data: { ...a.data, translates: undefined } } : a,
      ),
    };
    const rows = translationRows(unmarked, new Map([['src/content/measures/2023/lv/1-1.mdx', '2024-03-05']]));
    expect(statusOf(rows, '2023/1-1')).toBe('untranslated');
    expect(rows.find((r) => r.key === '2023/1-1')?.since).toBeUndefined();
    expect(statusOf(rows, '2023/2-3')).toBe('missing');
    expect(statusOf(rows, 'administrators/ministry')).toBe('untranslated');
    expect(statusOf(rows, 'administrators/inspectorate')).toBe('current');
  });
});
