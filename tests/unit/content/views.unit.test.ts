/**
 * src/data against the real content, with `astro:content` mocked by the
 * collections that src/check/readContent.ts reads from the same files: exact view
 * models in both languages, the exact CSV row, and bad content returned as
 * problems rather than thrown.
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readContent, type LoadedContent } from '#src/check/readContent.ts';
import { projectRoot } from '../../helpers/projectCopy.ts';

let content: LoadedContent;
type Collection = 'programmes' | 'sections' | 'administrators' | 'measures' | 'translations';
const collection = <C extends Collection>(name: C) => content[name].map((entry) => ({ ...entry, collection: name }));

vi.mock('astro:content', () => ({
  getCollection: async (name: Collection) => collection(name),
}));

beforeAll(async () => {
  content = await readContent(projectRoot);
  expect(content.problems).toEqual([]);
});

const { loadSite, buildSite } = await import('#src/data/site.ts');
const { programmeView } = await import('#src/data/views/programme.ts');
const { exportProgramme } = await import('#src/data/exportProgramme.ts');
const { measuresCsv } = await import('#src/lib/opendata/measuresCsv.ts');
const { translationReport } = await import('#src/data/translationReport.ts');
const { translationRows } = await import('#src/data/translationRows.ts');

/** A programme year of a site, chosen by its number: never "the newest", which changes when a year is added. */
function yearOf<Y extends { year: number }>(site: { years: Y[] }, number: number): Y {
  const year = site.years.find((y) => y.year === number);
  if (!year) throw new Error(`no programme for ${number}`);
  return year;
}

async function year2023() {
  const site = await loadSite();
  expect(site.problems).toEqual([]);
  return yearOf(site, 2023);
}

describe('measure 2.1.2', () => {
  it('in Latvian', async () => {
    const view = programmeView(await year2023(), 'lv');
    const measure = view.measures.find((m) => m.code === '2.1.2');
    expect(measure).toMatchObject({
      href: '/lv/2023/2-1-2/',
      heading: '2.1.2. Izglītojoši un izpratni veicinoši pasākumi par vardarbības ģimenē mazināšanu',
      amount: 40039,
      shares: { programme: 14.1, chapter: 21.1, chapterCode: '2' },
      administrator: {
        id: 'ministry',
        name: 'Labklājības ministrija',
        abbreviation: 'LM',
        href: '/lv/2023/administrators/ministry/',
      },
      previous: { href: '/lv/2023/2-1-1/', label: '2.1.1. Informatīvā kampaņa par bērnu drošību' },
      next: { href: '/lv/2023/2-1-3/', label: '2.1.3. Uzticības tālruņa 111611 sociālā kampaņa' },
      fallback: false,
      translated: true,
      alternates: [
        { locale: 'lv', href: '/lv/2023/2-1-2/' },
        { locale: 'en', href: '/en/2023/2-1-2/' },
      ],
      contentLang: undefined,
    });
    expect(measure?.trail).toEqual([
      { label: 'Sākums', href: '/lv/' },
      { label: '2023. gada programma', href: '/lv/2023/' },
      { label: '2. Informatīvie pasākumi bērna un ģimenes stāvokļa uzlabošanai', href: '/lv/2023/2/' },
      { label: '2.1. Sabiedrības informēšanas kampaņa „Palīdzi bērnam izaugt!”', href: '/lv/2023/2-1/' },
    ]);
  });

  it('in English, with the amount of the Latvian file and headings without the trailing dot', async () => {
    const view = programmeView(await year2023(), 'en');
    const measure = view.measures.find((m) => m.code === '2.1.2');
    expect(measure).toMatchObject({
      href: '/en/2023/2-1-2/',
      heading: '2.1.2 Educational and awareness-raising activities on reducing domestic violence',
      amount: 40039,
      shares: { programme: 14.1, chapter: 21.1, chapterCode: '2' },
      administrator: { id: 'ministry', name: 'Ministry of Welfare', href: '/en/2023/administrators/ministry/' },
      previous: { href: '/en/2023/2-1-1/' },
      next: { href: '/en/2023/2-1-3/' },
      fallback: false,
    });
    expect(measure?.trail.map((link) => link.label)).toEqual([
      'Home',
      'Programme 2023',
      '2 Information activities for improving the situation of children and families',
      '2.1 Public awareness campaign “:lv[Palīdzi bērnam izaugt!]” (“Help a Child Grow Up!”)',
    ]);
  });

  it('has exactly this row in measures.csv', async () => {
    const csv = measuresCsv(exportProgramme(await year2023(), new URL('https://example.lv/')));
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row['number'] === '2.1.2')).toEqual({
      number: '2.1.2',
      chapter: '2',
      subsection: '2.1',
      title_lv: 'Izglītojoši un izpratni veicinoši pasākumi par vardarbības ģimenē mazināšanu',
      title_en: 'Educational and awareness-raising activities on reducing domestic violence',
      administrator_id: 'ministry',
      administrator_lv: 'Labklājības ministrija',
      administrator_en: 'Ministry of Welfare',
      funding_eur: '40039',
      share_of_total_percent: '14.1',
      results_count: '1',
      url_lv: 'https://example.lv/lv/2023/2-1-2/',
      url_en: 'https://example.lv/en/2023/2-1-2/',
    });
  });
});

describe('the programme view', () => {
  it('has the totals, subtotals and ranking of the source', async () => {
    const view = programmeView(await year2023(), 'lv');
    expect(view.total).toBe(283239);
    expect(view.administrators.map((a) => [a.id, a.total, a.share])).toEqual([
      ['ministry', 255239, 90.1],
      ['inspectorate', 28000, 9.9],
    ]);
    expect(view.sections.map((s) => [s.code, s.subtotal.total])).toEqual([
      ['1', 93200],
      ['2', 190039],
      ['2.1', 57039],
      ['2.2', 130000],
    ]);
    expect(view.sections.find((s) => s.code === '2')?.measures.map((m) => m.code)).toEqual([
      '2.1.1',
      '2.1.2',
      '2.1.3',
      '2.2.1',
      '2.2.2',
      '2.3',
    ]);
    expect(view.responsibilities).toEqual([
      'ministrija nodrošina un administrē valsts programmas 1.2., 1.3., 1.4., 2.1.2., 2.2.1. un 2.2.2. apakšnodaļā noteiktos pasākumus;',
      'inspekcija nodrošina un administrē valsts programmas 1.1., 2.1.1., 2.1.3. un 2.3. apakšnodaļā noteiktos pasākumus.',
    ]);
  });

  it('shows the Latvian text, with a notice, for a measure not yet translated', async () => {
    const { translations, ...rest } = {
      programmes: collection('programmes'),
      sections: collection('sections'),
      administrators: collection('administrators'),
      measures: collection('measures'),
      translations: collection('translations'),
      updates: [],
    };
    const site = buildSite(
      { ...rest, translations: translations.filter((t) => t.id !== '2023/en/2-3') } as Parameters<typeof buildSite>[0],
      { showDrafts: false },
    );
    const measure = programmeView(yearOf(site, 2023), 'en').measures.find((m) => m.code === '2.3');
    expect(site.problems.map((p) => p.message)).toEqual([expect.stringContaining('no en translation yet')]);
    expect(measure).toMatchObject({
      fallback: true,
      translated: false,
      alternates: [],
      contentLang: 'lv',
      href: '/en/2023/2-3/',
    });
    expect(measure?.heading).toMatch(/^2\.3 /);
  });
});

describe('translations that lag the Latvian text', () => {
  const collections = () => ({
    programmes: collection('programmes'),
    sections: collection('sections'),
    administrators: collection('administrators'),
    measures: collection('measures'),
    translations: collection('translations'),
    updates: [],
  });
  /** The content with a Latvian field of the programme, section 2.1 and the Ministry changed after marking. */
  const changedLatvian = () => {
    const { programmes, sections, administrators, ...rest } = collections();
    const amend = <T extends { data: { title?: unknown; name?: unknown } }>(entry: T, field: 'title' | 'name') => {
      const value = entry.data[field] as { lv: string; en: string };
      return { ...entry, data: { ...entry.data, [field]: { ...value, lv: `${value.lv} (grozīts)` } } };
    };
    return {
      ...rest,
      programmes: programmes.map((p) => amend(p, 'title')),
      sections: sections.map((s) => (s.id === '2023/2-1' ? amend(s, 'title') : s)),
      administrators: administrators.map((a) => (a.id === 'ministry' ? amend(a, 'name') : a)),
    };
  };

  it('give the English section, programme and administrator a notice linking to the Latvian page, and no other', () => {
    const site = buildSite(changedLatvian() as Parameters<typeof buildSite>[0], {
      showDrafts: false,
      dates: new Map([['src/content/sections/2023/2-1.yaml', '2024-03-05T10:00:00Z']]),
    });
    const en = programmeView(yearOf(site, 2023), 'en');
    expect(en.outdated).toEqual({ status: 'outdated', since: undefined, original: '/lv/2023/' });
    expect(en.sections.find((s) => s.code === '2.1')?.outdated).toEqual({
      status: 'outdated',
      since: new Date('2024-03-05T10:00:00Z'),
      original: '/lv/2023/2-1/',
    });
    expect(en.sections.filter((s) => s.outdated).map((s) => s.code)).toEqual(['2.1']);
    expect(en.administrators.find((a) => a.id === 'ministry')?.outdated).toMatchObject({
      status: 'outdated',
      original: '/lv/2023/administrators/ministry/',
    });
    expect(en.administrators.find((a) => a.id === 'inspectorate')?.outdated).toBeUndefined();
    expect(en.measures.filter((m) => m.outdated)).toEqual([]);

    const lv = programmeView(yearOf(site, 2023), 'lv');
    expect([lv.outdated, ...lv.sections.map((s) => s.outdated), ...lv.administrators.map((a) => a.outdated)]).toEqual(
      Array(1 + lv.sections.length + lv.administrators.length).fill(undefined),
    );
  });

  it('are up to date as the content stands today', async () => {
    const en = programmeView(await year2023(), 'en');
    expect([en.outdated, ...en.sections.map((s) => s.outdated), ...en.administrators.map((a) => a.outdated)]).toEqual(
      Array(1 + en.sections.length + en.administrators.length).fill(undefined),
    );
  });

  it('never marked done: a section says so; a measure shows the Latvian text with the fallback notice', () => {
    const { sections, translations, ...rest } = collections();
    const unmark = <T extends { data: object }>(entry: T): T => ({
      ...entry,
      data: { ...entry.data, translates: undefined },
    });
    const site = buildSite(
      {
        ...rest,
        sections: sections.map((s) => (s.id === '2023/1' ? unmark(s) : s)),
        translations: translations.map((t) => (t.id === '2023/en/1-1' ? unmark(t) : t)),
      } as Parameters<typeof buildSite>[0],
      { showDrafts: false },
    );
    expect(site.problems).toEqual([
      expect.objectContaining({
        level: 'warning',
        file: 'src/content/measures/2023/en/1-1.mdx',
        field: 'translates',
        message: expect.stringContaining('not yet translated') as string,
      }),
    ]);
    const en = programmeView(yearOf(site, 2023), 'en');
    expect(en.sections.find((s) => s.code === '1')?.outdated).toEqual({
      status: 'untranslated',
      since: undefined,
      original: '/lv/2023/1/',
    });
    expect(en.measures.find((m) => m.code === '1.1')).toMatchObject({
      fallback: true,
      translated: false,
      contentLang: 'lv',
      outdated: undefined,
    });
  });
});

describe('the staff page of translations', () => {
  it('has the rows of npm run translations, each linked to the page it is shown on', async () => {
    const rows = translationRows(content, new Map([['src/content/sections/2023/2-1.yaml', '2024-04-01T08:00:00Z']]));
    const report = translationReport(rows, [await year2023()]);
    expect(report.map((r) => r.key)).toEqual(rows.map((r) => r.key));
    expect(report.filter((r) => !r.file.startsWith('src/content/measures/'))).toEqual([
      expect.objectContaining({ key: '2023', href: '/en/2023/', file: 'src/content/programmes/2023.yaml' }),
      expect.objectContaining({ key: '2023/1', href: '/en/2023/1/' }),
      expect.objectContaining({ key: '2023/2', href: '/en/2023/2/' }),
      expect.objectContaining({ key: '2023/2-1', href: '/en/2023/2-1/', status: 'current', since: undefined }),
      expect.objectContaining({ key: '2023/2-2', href: '/en/2023/2-2/' }),
      expect.objectContaining({ key: 'administrators/inspectorate', href: '/en/2023/administrators/inspectorate/' }),
      expect.objectContaining({ key: 'administrators/ministry', href: '/en/2023/administrators/ministry/' }),
    ]);
    expect(report.find((r) => r.key === '2023/2-1-2')).toEqual({
      key: '2023/2-1-2',
      lang: 'en',
      status: 'current',
      since: undefined,
      href: '/en/2023/2-1-2/',
      file: 'src/content/measures/2023/en/2-1-2.mdx',
    });
  });
});

describe('bad content', () => {
  it('is returned as problems, not thrown, and builds no pages', () => {
    const measures = collection('measures').map((m) =>
      m.id === '2023/lv/1-1'
        ? { ...m, data: { ...m.data, administrator: { id: 'nobody', collection: 'administrators' } } }
        : m,
    );
    const site = buildSite(
      {
        programmes: collection('programmes'),
        sections: collection('sections'),
        administrators: collection('administrators'),
        measures,
        translations: collection('translations'),
        updates: [],
      } as Parameters<typeof buildSite>[0],
      { showDrafts: false },
    );
    expect(site.years).toEqual([]);
    expect(site.problems).toEqual([
      {
        level: 'error',
        file: 'src/content/measures/2023/lv/1-1.mdx',
        field: 'administrator',
        message: 'unknown administrator "nobody"; expected one of: inspectorate, ministry',
      },
    ]);
  });
});
