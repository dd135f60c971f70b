import { describe, expect, it } from 'vitest';
import { languageParts } from '#src/lib/language/languageParts.ts';

describe('languageParts', () => {
  it('collects the other language’s marked parts, once each, in order, from strings and lists', () => {
    const texts = [
      'Study “:lv[Ārpusģimenes  aprūpes]”',
      [':lv[Draudzīga skola] and :lv[Ārpusģimenes aprūpes]', 'Plain English'],
      'Body text\n\nwith :lv[Kuldīga] in a paragraph.',
    ];
    expect(languageParts(texts, 'en')).toEqual({ lv: ['Ārpusģimenes aprūpes', 'Draudzīga skola', 'Kuldīga'] });
  });

  it('leaves out parts in the language of the text itself, and anything that is not text', () => {
    expect(languageParts([':lv[Bērni] un :en[Baltic Institute of Social Sciences]', undefined, 3], 'lv')).toEqual({
      en: ['Baltic Institute of Social Sciences'],
    });
  });

  it('leaves out a part that contains the separator the search page splits at', () => {
    expect(languageParts([':lv[A|B] :lv[C]'], 'en')).toEqual({ lv: ['C'] });
  });

  it('finds nothing in text without marks', () => {
    expect(languageParts(['Only English', ['still English']], 'en')).toEqual({});
  });
});
