import { describe, expect, it } from 'vitest';
import { corrections, matcherOf, maxDistance } from '#src/lib/search/correctWord.ts';
import { queryTerms } from '#src/lib/search/normaliseQuery.ts';
import { occursIn, pagefindForm } from '#src/lib/search/searchForm.ts';
import { synonymProblems, termKey } from '#src/lib/search/searchTerms.ts';

const noPages = async () => 0;

describe('corrections', () => {
  const matcher = matcherOf(['crisis', 'cross', 'mentor', 'vardarbib', 'konferenc', 'adopcij', 'gimen']);

  it('finds the nearest word: one edit, or two from five letters on (two swapped letters)', async () => {
    expect((await corrections('crsis', matcher, noPages))[0]).toBe('crisis');
    expect((await corrections('mentro', matcher, noPages))[0]).toBe('mentor');
    expect((await corrections('vardarbbi', matcher, noPages, 10))[0]).toBe('vardarbib');
    expect(await corrections('mtnr', matcher, noPages)).toEqual([]);
    expect(maxDistance(4)).toBe(1);
    expect(maxDistance(5)).toBe(2);
  });

  it('leaves words of one or two letters alone', async () => {
    expect(await corrections('gi', matcherOf(['gim']), noPages)).toEqual([]);
  });

  it('prefers fewer edits, then the same letters swapped, then the word on more pages, then the alphabet', async () => {
    // "act" is two edits from "cat": too far for three letters.
    expect(await corrections('cat', matcherOf(['bat', 'cut', 'act']), noPages)).toEqual(['bat', 'cut']);
    const pages = async (word: string) => (word === 'cut' ? 5 : 1);
    expect((await corrections('cat', matcherOf(['bat', 'cut']), pages))[0]).toBe('cut');
    // Both two edits from "abdce"; "abcde" has the same letters (two swapped), "aadcx" comes first in the alphabet.
    expect(await corrections('abdce', matcherOf(['aadcx', 'abcde']), noPages)).toEqual(['abcde', 'aadcx']);
  });
});

describe('what is searched for a word', () => {
  it('drops punctuation, case and diacritics as Pagefind’s search script does', () => {
    expect(pagefindForm('Pre-School')).toBe('preschool');
    expect(pagefindForm('Bērnu')).toBe('bernu');
    expect(queryTerms('„Ģimenēm” ar bērniem?')).toEqual(['Ģimenēm', 'ar', 'bērniem']);
  });

  it('tells when every word is in a page’s text as a word or the start of one', () => {
    expect(occursIn('Bērnu drošība, 116111.', ['bern', 'dros', '116111'])).toBe(true);
    expect(occursIn('Bērnu drošība', ['bern', 'vardarbbi'])).toBe(false);
    expect(occursIn('pre-school', ['preschool'])).toBe(false);
  });
});

describe('search terms', () => {
  it('are keyed by the searched form, so every Latvian form of a term matches', () => {
    expect(termKey('Bērnudārzā', 'lv')).toBe(termKey('bērnudārzs', 'lv'));
    expect(termKey('VBTAI', 'en')).toBe('vbtai');
    expect(termKey('hotlines', 'en')).not.toBe(termKey('hotline', 'en'));
  });

  const administrators = [{ id: 'ministry', data: { abbreviation: { lv: 'LM', en: 'MoW' } } }];
  const file = 'src/content/synonyms.yaml';

  it('are refused when a term is listed twice in a language, or is an administrator’s abbreviation', () => {
    const problems = synonymProblems(
      [
        {
          id: 'a',
          filePath: file,
          position: 0,
          data: { terms: { lv: ['bērnudārzs'], en: ['hotline'] }, means: { lv: 'pirmsskola', en: 'helpline' } },
        },
        {
          id: 'b',
          filePath: file,
          position: 1,
          data: { terms: { lv: ['bērnudārzā'], en: ['mow'] }, means: { lv: 'pirmsskola', en: 'ministry' } },
        },
      ],
      administrators,
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['1.terms.lv', '"bērnudārzā" is already a term of a; expected each term once per language'],
      [
        '1.terms.en',
        '"mow" is the abbreviation of ministry in administrators.yaml; search already finds its measures by it',
      ],
    ]);
    expect(
      synonymProblems(
        [
          {
            id: 'a',
            filePath: file,
            data: {
              terms: { lv: ['NVO'], en: ['NGO'] },
              means: { lv: 'nevalstiskās organizācijas', en: 'non-governmental organisations' },
            },
          },
        ],
        administrators,
      ),
    ).toEqual([]);
  });
});
