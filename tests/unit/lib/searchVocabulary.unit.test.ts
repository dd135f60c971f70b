import { describe, expect, it } from 'vitest';
import { indexedText } from '#src/lib/search/indexedText.ts';
import { countWords, indexableWords, mostUsedSpellings } from '#src/lib/search/indexedWords.ts';
import { byCodeUnit, decodeVocabulary, encodeVocabulary, hasWordStartingWith } from '#src/lib/search/vocabulary.ts';

describe('indexedText', () => {
  it('reads the body without its ignored parts and the elements Pagefind never indexes', () => {
    const page = indexedText(
      '<html lang="LV"><head><title>Nav</title></head><body><header>Galva</header><main data-pagefind-body><h1>Bērni</h1>' +
        '<div data-pagefind-ignore>Fakti <p>un skaitļi</p></div><p>Teksts<br>rinda</p><form><label>Meklēt</label></form>' +
        '<nav>Izvēlne</nav><svg><text>Attēls</text></svg><script>x()</script></main><footer>Kājene</footer></body></html>',
    );
    expect(page?.lang).toBe('lv');
    expect(page?.text.split(/\s+/).filter(Boolean)).toEqual(['Bērni', 'Teksts', 'rinda']);
  });

  it('runs text on across elements that are not blocks, as Pagefind does', () => {
    const page = indexedText(
      '<main data-pagefind-body><dl><dt>Summa:</dt><dd>€8,000</dd></dl><p>a<span>b</span></p></main>',
    );
    expect(page?.text.split(/\s+/).filter(Boolean)).toEqual(['Summa:€8,000', 'ab']);
  });

  it('is undefined for a page without a body', () => {
    expect(indexedText('<html lang="en"><body><main><p>Search</p></main></body></html>')).toBeUndefined();
  });
});

describe('indexableWords', () => {
  it('joins a compound and adds its parts, as Pagefind indexes them', () => {
    expect(indexableWords('pre-school')).toEqual(['preschool', 'pre', 'school']);
    expect(indexableWords('e-konsultācijas;')).toEqual(['ekonsultācijas', 'konsultācijas']);
    expect(indexableWords('“Draudzīga')).toEqual(['draudzīga', '“draudzīga']);
    expect(indexableWords('Bērni')).toEqual(['bērni']);
    expect(indexableWords('1989.gada')).toEqual(['1989gada', '1989', 'gada']);
  });
});

describe('countWords and mostUsedSpellings', () => {
  it('keeps letter words under their folded form with the spelling used most', () => {
    const counts = countWords('Bērni, bērni un berni 116111 pre-school', new Map());
    expect([...counts.keys()].sort()).toEqual(['berni', 'pre', 'preschool', 'school', 'un']);
    expect(mostUsedSpellings(counts).get('berni')).toBe('bērni');
  });
});

describe('the vocabulary file', () => {
  it('writes each word as what it shares with the one before and the rest, and reads it back', () => {
    const words = ['bērni', 'bērnu', 'bērnudārzs', 'un'];
    expect(encodeVocabulary(words)).toBe('bērni 4u 5dārzs un');
    expect(decodeVocabulary(encodeVocabulary(words))).toEqual(words);
    expect(decodeVocabulary('')).toEqual([]);
  });

  it('finds whether any word starts with a prefix', () => {
    const sorted = ['adopcijas', 'berni', 'bernu', 'mentora', 'vardarbiba'].sort(byCodeUnit);
    expect(hasWordStartingWith(sorted, 'bern')).toBe(true);
    expect(hasWordStartingWith(sorted, 'mentora')).toBe(true);
    expect(hasWordStartingWith(sorted, 'mentoru')).toBe(false);
    expect(hasWordStartingWith(sorted, 'vardarbbi')).toBe(false);
    expect(hasWordStartingWith(sorted, 'z')).toBe(false);
    expect(hasWordStartingWith([], 'a')).toBe(false);
  });
});
