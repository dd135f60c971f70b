/** The routes' paths from synthetic content: every page once per language, with the view it renders. */
import { describe, expect, it, vi } from 'vitest';
import { fixtureCollections, year2031 } from '../../helpers/fixtures.ts';

const collections = fixtureCollections(year2031, { ...year2031, year: 2030 });
vi.mock('astro:content', () => ({
  getCollection: async (name: keyof typeof collections) => collections[name],
}));

const { administratorPaths, documentPaths, localePaths, partPaths, yearPaths } = await import('#src/data/routes.ts');

describe('routes', () => {
  it('has every language once', () => {
    expect(localePaths().map((p) => p.params.lang)).toEqual(['lv', 'en']);
  });

  it('has each year in each language, newest first', async () => {
    expect((await yearPaths()).map((p) => `${p.params.lang}/${p.params.year}`)).toEqual([
      'lv/2031',
      'lv/2030',
      'en/2031',
      'en/2030',
    ]);
  });

  it('has a page for every chapter, subsection and measure, with its kind and view', async () => {
    const paths = (await partPaths()).filter((p) => p.params.lang === 'en' && p.params.year === '2031');
    expect(paths.map((p) => `${p.params.part} ${p.props.kind}`)).toEqual([
      '1 section',
      '2 section',
      '2-1 section',
      '1-1 measure',
      '2-1-1 measure',
      '2-2 measure',
    ]);
    const measure = paths.find((p) => p.params.part === '2-2')?.props;
    expect(measure?.kind === 'measure' && measure.measure.heading).toBe('2.2 Measure 2.2 (en)');
    expect(paths[0]?.props.programme.year).toBe(2031);
  });

  it('has a page for every administrator and the whole document of every year', async () => {
    expect(
      (await administratorPaths()).filter((p) => p.params.lang === 'lv').map((p) => `${p.params.year}/${p.params.id}`),
    ).toEqual(['2031/ministry', '2031/inspectorate', '2030/ministry', '2030/inspectorate']);
    expect((await documentPaths()).map((p) => `${p.params.lang}/${p.params.year}`)).toEqual([
      'lv/2031',
      'lv/2030',
      'en/2031',
      'en/2030',
    ]);
  });
});
