/**
 * The views of src/data on synthetic content (tests/helpers/fixtures.ts):
 * figures, headings, order, fallbacks, citations and the whole document, with
 * every expected value written out. The real content's views are tested in
 * tests/unit/content/views.unit.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildSite, type ProgrammeYear } from '#src/data/site.ts';
import { documentView } from '#src/data/views/document.ts';
import { programmeView } from '#src/data/views/programme.ts';
import { fixtureCollections, year2031, type FixtureYear } from '../../helpers/fixtures.ts';

function built(fixture: FixtureYear, options: Partial<Parameters<typeof buildSite>[1]> = {}): ProgrammeYear {
  const site = buildSite(fixtureCollections(fixture), { showDrafts: false, ...options });
  expect(site.problems.filter((p) => p.level === 'error')).toEqual([]);
  const year = site.years.find((y) => y.year === fixture.year);
  if (!year) throw new Error(`no programme for ${fixture.year}`);
  return year;
}

describe('the programme view', () => {
  const lv = programmeView(built(year2031), 'lv');
  const en = programmeView(built(year2031), 'en');

  it('adds up the measures, by chapter and by administrator, the largest first', () => {
    expect(lv.total).toBe(2000);
    expect(lv.summaryTables.find((t) => t.id === 'by-chapter')?.rows.map((r) => [r.code, r.amount, r.share])).toEqual([
      ['1', 1000, 50],
      ['2', 1000, 50],
    ]);
    expect(lv.administrators.map((a) => [a.id, a.total, a.share])).toEqual([
      ['ministry', 1749.5, 87.5],
      ['inspectorate', 250.5, 12.5],
    ]);
    expect(lv.measureCount).toBe(3);
  });

  it('writes numbered headings as each language does', () => {
    expect(lv.measures.map((m) => m.heading)).toEqual([
      '1.1. Pasākums 1.1',
      '2.1.1. Pasākums 2.1.1',
      '2.2. Pasākums 2.2',
    ]);
    expect(en.measures.map((m) => m.heading)).toEqual([
      '1.1 Measure 1.1 (en)',
      '2.1.1 Measure 2.1.1 (en)',
      '2.2 Measure 2.2 (en)',
    ]);
    expect(en.measures[0]?.href).toBe('/en/2031/1-1/');
  });

  it('lists the contents in the document’s order, a subsection before a measure numbered after it', () => {
    const lines = (items: typeof lv.contents): unknown[] =>
      items.map((item) => (item.children.length ? [item.heading, lines(item.children)] : item.heading));
    expect(lines(lv.contents)).toEqual([
      ['1. Teksts sadaļa 1 (lv)', ['1.1. Pasākums 1.1']],
      ['2. Teksts sadaļa 2 (lv)', [['2.1. Teksts sadaļa 2.1 (lv)', ['2.1.1. Pasākums 2.1.1']], '2.2. Pasākums 2.2']],
    ]);
    // A chapter with a subsection lists its contents; a subsection without one does not.
    expect(lv.sections.find((s) => s.code === '2')?.contents.map((c) => c.heading)).toEqual([
      '2.1. Teksts sadaļa 2.1 (lv)',
      '2.2. Pasākums 2.2',
    ]);
    expect(lv.sections.find((s) => s.code === '2.1')?.contents).toEqual([]);
  });

  it('gives each section its measures, subsections included, and its trail', () => {
    const chapter = lv.sections.find((s) => s.code === '2');
    expect(chapter?.measures.map((m) => m.code)).toEqual(['2.1.1', '2.2']);
    expect(chapter?.subtotal).toEqual({ total: 1000, share: 50 });
    expect(lv.measures.find((m) => m.code === '2.1.1')?.trail.map((l) => l.href)).toEqual([
      '/lv/',
      '/lv/2031/',
      '/lv/2031/2/',
      '/lv/2031/2-1/',
    ]);
  });

  it('makes the citation and the link to the whole document', () => {
    const measure = en.measures.find((m) => m.code === '2.1.1');
    expect(measure?.citation).toContain('2.1.1');
    expect(measure?.citation).toContain('€250.50');
    expect(measure?.documentHref).toBe('/en/2031/document/#measure-2-1-1');
  });

  it('states the source proof only when the content was checked', () => {
    expect(lv.proof).toBeUndefined();
    const proved = programmeView(built(year2031, { proofs: new Map([[2031, { sha256: 'abc123' }]]) }), 'lv');
    expect(proved.proof).toMatchObject({ sha256: 'abc123', name: 'source/programme-2031.lv.txt' });
  });
});

describe('a translation that is not there yet', () => {
  it('shows the Latvian text of a measure, marked as a fallback, with no twin to claim', () => {
    const fixture = {
      ...year2031,
      measures: year2031.measures.map((m) => (m.code === '2.2' ? { ...m, translated: [] } : m)),
    };
    const measure = programmeView(built(fixture), 'en').measures.find((m) => m.code === '2.2');
    expect(measure).toMatchObject({ fallback: true, title: 'Pasākums 2.2', contentLang: 'lv', alternates: [] });
  });

  it('shows the Latvian text of a programme and its sections, marked as Latvian, with the fallback set', () => {
    const en = programmeView(built({ ...year2031, languages: ['lv'] }), 'en');
    expect(en.fallback).toBe(true);
    expect(en.title).toBe(':lv[Teksts programma 2031 (lv)]');
    expect(en.sections.map((s) => s.fallback)).toEqual([true, true, true]);
    expect(en.sections[0]?.goals).toEqual([':lv[Mērķis 1 (lv).]']);
    expect(programmeView(built(year2031), 'en').fallback).toBe(false);
  });
});

describe('a draft', () => {
  const fixture = {
    ...year2031,
    measures: [...year2031.measures, { code: '1.2', administrator: 'ministry', amount: 5, draft: true }],
  };

  it('is left out of the published site and its figures', () => {
    const view = programmeView(built(fixture), 'lv');
    expect(view.measures.map((m) => m.code)).toEqual(['1.1', '2.1.1', '2.2']);
    expect(view.total).toBe(2000);
  });

  it('shows in the preview, counting towards nothing', () => {
    const view = programmeView(built(fixture, { showDrafts: true }), 'lv');
    expect(view.measures.find((m) => m.code === '1.2')).toMatchObject({ draft: true, shares: undefined });
    expect(view.total).toBe(2000);
    expect(view.measureCount).toBe(3);
  });
});

describe('the whole document', () => {
  const document = documentView(built(year2031), 'lv');

  it('nests chapters, subsections and measures at their heading levels, each with its anchor', () => {
    const parts = (list: typeof document.chapters): unknown[] =>
      list.map((part) =>
        part.kind === 'section' ? [part.anchor, part.level, parts(part.parts)] : [part.anchor, part.level],
      );
    expect(parts(document.chapters)).toEqual([
      ['chapter-1', 2, [['measure-1-1', 3]]],
      [
        'chapter-2',
        2,
        [
          ['section-2-1', 3, [['measure-2-1-1', 4]]],
          ['measure-2-2', 3],
        ],
      ],
    ]);
    expect(document.chapters[0]).toMatchObject({
      headingId: 'chapter-1-heading',
      notesId: 'chapter-1-notes',
      inner: 3,
    });
  });

  it('links its contents within the page, in the same order', () => {
    const hrefs = (items: typeof document.contents): string[] => items.flatMap((i) => [i.href, ...hrefs(i.children)]);
    expect(hrefs(document.contents)).toEqual([
      '#chapter-1',
      '#measure-1-1',
      '#chapter-2',
      '#section-2-1',
      '#measure-2-1-1',
      '#measure-2-2',
    ]);
  });

  it('has no address without a site, only a citation', () => {
    expect(document.address).toBeUndefined();
    expect(document.citation).toContain('Teksts programma 2031 (lv)');
  });
});
