import { describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '../../../src/i18n/index.ts';
import { defaultLocale, localeCodes, locales } from '../../../src/i18n/locales.ts';

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
    expect(useTranslations('lv')('nav.programme', { year: 2023 })).toBe('Programma 2023');
  });

  it('has a label and an Intl locale for every language', () => {
    for (const code of localeCodes) {
      expect(locales[code].label).not.toBe('');
      expect(() => new Intl.NumberFormat(locales[code].intl)).not.toThrow();
    }
  });
});
