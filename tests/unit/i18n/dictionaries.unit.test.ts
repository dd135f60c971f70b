import { describe, expect, it } from 'vitest';
import { dictionaries, pluralCategories, useTranslations } from '#src/i18n/index.ts';
import { defaultLocale, localeCodes, locales, type Locale } from '#src/i18n/locales.ts';

describe('UI dictionaries', () => {
  const defined = Object.keys(dictionaries[defaultLocale]);
  const pluralBases = defined.filter((key) => key.endsWith('.other')).map((key) => key.slice(0, -'.other'.length));
  const isPlural = (key: string) => pluralBases.some((base) => key.startsWith(`${base}.`));
  /** The keys a language's dictionary must have: every key, and each plural string in the forms its rules use. */
  const expectedKeys = (code: Locale) =>
    [
      ...defined.filter((key) => !isPlural(key)),
      ...pluralBases.flatMap((base) => pluralCategories(code).map((category) => `${base}.${category}`)),
    ].sort();

  it.each(localeCodes)('%s has every key, its plural strings in exactly its own plural forms, none empty', (code) => {
    const dictionary = dictionaries[code];
    expect(Object.keys(dictionary).sort()).toEqual(expectedKeys(code));
    for (const [key, value] of Object.entries(dictionary)) expect(value?.trim(), key).not.toBe('');
  });

  it.each(localeCodes)('%s uses the same placeholders as the default locale', (code) => {
    const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const reference = (key: string) =>
      (dictionaries[defaultLocale] as Record<string, string>)[isPlural(key) ? key.replace(/\.\w+$/, '.other') : key];
    for (const [key, value] of Object.entries(dictionaries[code])) {
      expect(placeholders(value), key).toEqual(placeholders(reference(key)));
    }
  });

  it('picks the plural form a count takes in each language', () => {
    const [lv, en] = [useTranslations('lv'), useTranslations('en')];
    expect(lv.plural('root.measures', 10, { count: 10 })).toBe('10 pasākumi'); // zero: 10, 20, …
    expect(lv.plural('root.measures', 21, { count: 21 })).toBe('21 pasākums'); // one: 1, 21, …
    expect(lv.plural('root.measures', 22, { count: 22 })).toBe('22 pasākumi');
    expect(en.plural('root.measures', 1, { count: 1 })).toBe('1 measure');
    expect(en.plural('root.measures', 10, { count: 10 })).toBe('10 measures');
    expect(Object.keys(en.forms('search.count'))).toEqual(['search.count.one', 'search.count.other']);
    expect(Object.keys(lv.forms('search.count'))).toEqual([
      'search.count.zero',
      'search.count.one',
      'search.count.other',
    ]);
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
    expect(t('search.empty', { query: 'x' })).toMatch(/^Vaicājumam “x” nekas netika atrasts\./);
    expect(t('search.hint')).toContain('bez garumzīmēm un mīkstinājuma zīmēm');
    expect(t('overview.total')).toBe('Valsts programmas kopējais finansējums');
  });

  it('keeps the wording of the second review', () => {
    const all = Object.values(dictionaries.lv).join('\n');
    expect(all).not.toMatch(/pārbaudīt\p{L}* pret/iu); // a calque: “salīdzināts ar”
    expect(all).not.toMatch(/pēc satura(?! rādītāj)/);
    expect(t('search.noscript')).toContain('izmantojot satura rādītāju');
    expect(t('proof.checked', { file: 'f' })).toContain('salīdzināts ar failu f');
    expect(t('table.share')).toBe('Daļa no kopsummas');
    expect(t('summary.computed')).toMatch(/^Visas kopsummas/);
    expect(t('search.filters')).toBe('Filtri');
    expect([t('search.sort.amountDesc'), t('search.sort.amountAsc')]).toEqual([
      'pēc finansējuma (no lielākā)',
      'pēc finansējuma (no mazākā)',
    ]);
    expect(t('fallback.notice')).toContain('nav iztulkots');
    // Followed by the date in the nominative (“2023. gada 6. februāris”), so it ends with a colon.
    expect(t('outdated.since')).toMatch(/mainīts:$/);
  });

  it.each(localeCodes)('%s uses the spaced en dash of the source (–), never an em dash', (code) => {
    expect(Object.entries(dictionaries[code]).filter(([, text]) => text.includes('—'))).toEqual([]);
  });

  it('names chapters and subsections by their level, never “daļa”', () => {
    const all = Object.values(dictionaries.lv).join('\n');
    expect(all).not.toMatch(/(?<!\p{L})daļas lapa|Šī daļa(?!\p{L})/u);
    expect(t('document.chapterPage', { code: '1' })).toBe('1. nodaļas lapa');
    expect(t('document.subsectionPage', { code: '2.1' })).toBe('2.1. apakšnodaļas lapa');
  });

  it('gives file names a head noun', () => {
    expect(t('data.csvFields')).toBe('Faila measures.csv kolonnas');
    expect(t('data.jsonFields')).toBe('Faila programme.json lauki');
  });
});
