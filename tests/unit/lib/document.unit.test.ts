import { describe, expect, it } from 'vitest';
import { cssString } from '#src/lib/print/cssString.ts';
import { documentAnchor } from '#src/lib/codes/documentAnchor.ts';
import { findOutOfOrder } from '../../helpers/findOutOfOrder.ts';
import { pagedMediaCss } from '#src/lib/print/pagedMediaCss.ts';
import { pluralCategory } from '#src/lib/format/pluralCategory.ts';

describe('documentAnchor', () => {
  it('names chapters, subsections and measures apart', () => {
    expect(documentAnchor('1', 'section')).toBe('chapter-1');
    expect(documentAnchor('2.1', 'section')).toBe('section-2-1');
    expect(documentAnchor('2.1.2', 'measure')).toBe('measure-2-1-2');
    expect(documentAnchor('2.3', 'measure')).toBe('measure-2-3');
  });
});

describe('cssString and pagedMediaCss', () => {
  it('escapes what would end a CSS string', () => {
    expect(cssString('Programma „A“')).toBe('"Programma „A“"');
    expect(cssString('Say "hi" \\ now\nplease')).toBe('"Say \\"hi\\" \\\\ now\\a please"');
  });

  it('puts the title at the top and the page of pages at the bottom of every printed page', () => {
    const css = pagedMediaCss('Valsts programma 2023.gadam');
    expect(css).toContain('@top-center { content: "Valsts programma 2023.gadam";');
    expect(css).toContain('@bottom-center { content: counter(page) " / " counter(pages);');
  });
});

describe('findOutOfOrder', () => {
  const fragment = (text: string) => ({ file: text, field: 'title', text });
  const source = 'Alfa beta.\nGamma delta. Epsilon.';

  it('passes a page with every fragment in the source order, labels between', () => {
    expect(
      findOutOfOrder(source, 'Title Alfa beta. Label Gamma\n delta. Epsilon.', [
        fragment('Epsilon.'),
        fragment('Alfa beta.'),
        fragment('Gamma delta.'),
      ]),
    ).toEqual([]);
  });

  it('accepts a text that contains another at the same place', () => {
    expect(
      findOutOfOrder('Alfa beta gamma.', 'Alfa beta. Alfa beta gamma.', [
        fragment('Alfa beta gamma.'),
        fragment('Alfa beta'),
      ]),
    ).toEqual([]);
  });

  it('names a fragment the page has out of order or not at all', () => {
    expect(
      findOutOfOrder(source, 'Gamma delta. Alfa beta. Epsilon.', [
        fragment('Alfa beta.'),
        fragment('Gamma delta.'),
        fragment('Epsilon.'),
      ]).map((f) => f.text),
    ).toEqual(['Gamma delta.']);
    expect(
      findOutOfOrder(source, 'Alfa beta. Epsilon.', [fragment('Alfa beta.'), fragment('Gamma delta.')]).map(
        (f) => f.text,
      ),
    ).toEqual(['Gamma delta.']);
  });
});

describe('pluralCategory', () => {
  it('gives the form a count takes in each language', () => {
    expect(pluralCategory(10, 'lv')).toBe('zero');
    expect(pluralCategory(21, 'lv')).toBe('one');
    expect(pluralCategory(22, 'lv')).toBe('other');
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(10, 'en')).toBe('other');
  });
});
