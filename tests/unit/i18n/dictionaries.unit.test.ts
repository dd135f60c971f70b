import { describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '#src/i18n/index.ts';
import { defaultLocale, localeCodes, locales } from '#src/i18n/locales.ts';

describe('UI dictionaries', () => {
  const reference = Object.keys(dictionaries[defaultLocale]).sort();

  it.each(localeCodes)('%s has exactly the keys of the default locale, none empty', (code) => {
    const dictionary = dictionaries[code];
    expect(Object.keys(dictionary).sort()).toEqual(reference);
    for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), key).not.toBe('');
  });

  it.each(localeCodes)('%s uses the same placeholders as the default locale', (code) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of reference) {
      const k = key as keyof (typeof dictionaries)['lv'];
      expect(placeholders(dictionaries[code][k]), key).toEqual(placeholders(dictionaries[defaultLocale][k]));
    }
  });

  it('fills placeholders', () => {
    expect(useTranslations('en')('nav.programme', { year: 2023 })).toBe('Programme 2023');
    expect(useTranslations('lv')('nav.programme', { year: 2023 })).toBe('2023. gada programma');
  });

  it('names each language in its own words, with an Intl locale that formats as its readers write', () => {
    expect(localeCodes.map((code) => locales[code].label)).toEqual(['Latviešu', 'English']);
    // Intl falls back silently to another locale for an unknown tag; these outputs only come from the right one.
    expect(new Intl.DateTimeFormat(locales.lv.intl, { month: 'long' }).format(new Date(2023, 1, 1))).toBe('februāris');
    expect(new Intl.NumberFormat(locales.en.intl, { style: 'currency', currency: 'EUR' }).format(1000)).toBe(
      '€1,000.00',
    );
  });

  it('writes numbered headings as each language does: Latvian with an ordinal dot, English without', () => {
    expect(useTranslations('lv')('heading.numbered', { code: '2.1.2', title: 'Virsraksts' })).toBe('2.1.2. Virsraksts');
    expect(useTranslations('en')('heading.numbered', { code: '2.1.2', title: 'Title' })).toBe('2.1.2 Title');
  });
});

describe('Latvian UI wording', () => {
  const t = useTranslations('lv');

  it('agrees “all” with the gender of each filter (administrators masculine, chapters feminine)', () => {
    expect(t('search.allAdministrators')).toBe('Visi administrētāji');
    expect(t('search.allChapters')).toBe('Visas nodaļas');
  });

  it('puts the ordinal before the noun', () => {
    expect(t('measure.number', { code: '2.1.2' })).toBe('2.1.2. pasākums');
    expect(
      t('measure.citeText', { programme: 'P', code: '2.1.2', title: 'T', administrator: 'A', amount: '1 €', url: 'u' }),
    ).toMatch(/^P\. 2\.1\.2\. pasākums “T”/);
    expect(t('nav.programme', { year: 2023 })).toBe('2023. gada programma');
  });

  it('uses a label for section totals that fits chapters and subsections alike', () => {
    expect(t('section.subtotal')).not.toMatch(/nodaļ/i);
    expect(useTranslations('en')('section.subtotal')).toBe('Total funding');
  });

  it('avoids the calques a review found', () => {
    const all = Object.values(dictionaries.lv).join('\n');
    expect(all).not.toMatch(/zemāk/i);
    expect(all).not.toMatch(/\bbūv(e|es|i|ei|ē)(?![\p{L}])/iu);
    expect(all).not.toMatch(/vārdiem “\{query\}”/);
    expect(t('search.empty', { query: 'x' })).toMatch(/^Meklējot “x”, nekas netika atrasts\./);
    expect(t('search.hint')).toContain('bez garumzīmēm un mīkstinājuma zīmēm');
    expect(t('overview.total')).toBe('Valsts programmas kopējais finansējums');
  });

  it('gives file names a head noun', () => {
    expect(t('data.csvFields')).toBe('Faila measures.csv kolonnas');
    expect(t('data.jsonFields')).toBe('Faila programme.json lauki');
  });
});
