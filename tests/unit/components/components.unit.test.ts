/**
 * Components rendered on their own with Astro's Container API: they take view
 * models, read the language and `t()` from `Astro.locals` (as src/middleware.ts
 * sets them), and render exactly what the view says.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '#src/i18n/index.ts';
import type { Locale } from '#src/i18n/locales.ts';
import type { MeasureView } from '#src/data/views/measure.ts';
import Money from '#src/components/Money.astro';
import MeasureFacts from '#src/components/MeasureFacts.astro';
import MeasurePager from '#src/components/MeasurePager.astro';
import SearchForm from '#src/components/SearchForm.astro';

const locals = (locale: Locale) => ({
  locale,
  t: useTranslations(locale),
  translations: useTranslations,
  problems: [],
  currentYear: 2023,
});

const measure = {
  code: '2.1.2',
  amount: 40039,
  shares: { programme: 14.1, chapter: 21.1, chapterCode: '2' },
  administrator: {
    id: 'ministry',
    name: 'Ministry of Welfare',
    abbreviation: 'MoW',
    href: '/en/2023/administrators/ministry/',
  },
  fundingNote: undefined,
  previous: { href: '/en/2023/2-1-1/', label: '2.1.1 Information campaign on children’s safety' },
  next: undefined,
} as unknown as MeasureView;

describe('components', async () => {
  const container = await AstroContainer.create();

  it('Money formats in the page’s language and keeps the exact value', async () => {
    expect(await container.renderToString(Money, { props: { amount: 40039 }, locals: locals('lv') })).toContain(
      '<data value="40039">40\u00a0039\u00a0€</data>',
    );
    expect(await container.renderToString(Money, { props: { amount: 46199.61 }, locals: locals('en') })).toContain(
      '<data value="46199.61">€46,199.61</data>',
    );
  });

  it('MeasureFacts shows the administrator, the amount and both shares', async () => {
    const html = await container.renderToString(MeasureFacts, { props: { measure }, locals: locals('en') });
    expect(html).toContain('href="/en/2023/administrators/ministry/"');
    expect(html).toContain('>Ministry of Welfare</a>');
    expect(html).toContain('<data value="40039">€40,039</data>');
    expect(html).toContain('14.1% of the programme’s total funding');
    expect(html).toContain('21.1% of chapter 2’s funding');
    expect(html).not.toContain('About the funding');
  });

  it('MeasurePager links the neighbours it is given, and only those', async () => {
    const html = await container.renderToString(MeasurePager, { props: { measure }, locals: locals('en') });
    expect(html).toContain('rel="prev" href="/en/2023/2-1-1/"');
    expect(html).not.toContain('rel="next"');
  });

  it('SearchForm takes an explicit language only where a page shows both', async () => {
    const own = await container.renderToString(SearchForm, { props: {}, locals: locals('en') });
    const latvian = await container.renderToString(SearchForm, { props: { lang: 'lv' }, locals: locals('en') });
    expect(own).toContain('action="/en/search/"');
    expect(latvian).toContain('action="/lv/search/"');
    expect(latvian).toContain('Meklēt programmā');
  });
});
