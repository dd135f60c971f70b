import { describe, expect, it } from 'vitest';
import { langMarkupPlugin } from '#src/lib/language/langMarkupPlugin.ts';
import { listItemEnd } from '#src/lib/format/listItemEnd.ts';
import { markdownToText } from '#src/lib/language/markdownToText.ts';
import { parseLangMarkup } from '#src/lib/language/parseLangMarkup.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';

describe('parseLangMarkup', () => {
  it('splits a string at its marked parts', () => {
    expect(parseLangMarkup('the foundation “Centre Dardedze” (:lv[Centrs Dardedze]) held')).toEqual([
      { text: 'the foundation “Centre Dardedze” (' },
      { text: 'Centrs Dardedze', lang: 'lv' },
      { text: ') held' },
    ]);
  });

  it('marks English inside Latvian too', () => {
    expect(parseLangMarkup('„:en[Baltic Institute of Social Sciences]”')).toEqual([
      { text: '„' },
      { text: 'Baltic Institute of Social Sciences', lang: 'en' },
      { text: '”' },
    ]);
  });

  it('reads marks side by side and ones that follow other colons', () => {
    expect(parseLangMarkup('Note: :lv[a]:en[b] and :lv[c: d]')).toEqual([
      { text: 'Note: ' },
      { text: 'a', lang: 'lv' },
      { text: 'b', lang: 'en' },
      { text: ' and ' },
      { text: 'c: d', lang: 'lv' },
    ]);
  });

  it('leaves text without markup whole, colons and brackets included', () => {
    expect(parseLangMarkup('Goals: [1] 10:30')).toEqual([{ text: 'Goals: [1] 10:30' }]);
    expect(parseLangMarkup('')).toEqual([]);
  });

  it('refuses markup that is not closed or is empty, so the build stops', () => {
    expect(() => parseLangMarkup('a :lv[Centrs')).toThrow(/:lv\[text\]/);
    expect(() => parseLangMarkup('a :lv[] b')).toThrow();
    expect(() => parseLangMarkup('a :lv[x [y] z]')).toThrow();
  });
});

describe('stripLangMarkup', () => {
  it('leaves plain text for titles, meta tags and data files', () => {
    expect(stripLangMarkup('Study “:lv[Pētījums]” (“Study”)')).toBe('Study “Pētījums” (“Study”)');
  });

  it('strips nested data and leaves everything else as it is', () => {
    const when = new Date(0);
    expect(stripLangMarkup({ a: [':lv[x]', 1, null], b: { c: ':en[y]' }, when })).toEqual({
      a: ['x', 1, null],
      b: { c: 'y' },
      when,
    });
  });
});

describe('langMarkupPlugin', () => {
  it('replaces a marked text node of a body with text and a span in the marked language', () => {
    const calls: unknown[] = [];
    langMarkupPlugin.text(
      { type: 'text', value: 'in :lv[Kuldīga].' },
      { replaceNode: (_node, content) => calls.push(content) },
    );
    expect(calls).toEqual([
      [
        { type: 'text', value: 'in ' },
        {
          type: 'element',
          tagName: 'span',
          properties: { lang: 'lv' },
          children: [{ type: 'text', value: 'Kuldīga' }],
        },
        { type: 'text', value: '.' },
      ],
    ]);
  });

  it('leaves unmarked text nodes alone', () => {
    const calls: unknown[] = [];
    langMarkupPlugin.text({ type: 'text', value: 'plain' }, { replaceNode: (_node, content) => calls.push(content) });
    expect(calls).toEqual([]);
  });
});

describe('listItemEnd', () => {
  it('closes every item but the last with a semicolon, the last with a full stop', () => {
    expect([0, 1, 2].map((i) => listItemEnd(i, 3))).toEqual([';', ';', '.']);
    expect(listItemEnd(0, 1)).toBe('.');
  });
});

describe('marks in MDX bodies as plain text (data files, fidelity check)', () => {
  it('takes out both the inline mark and the <Lv> component', () => {
    expect(
      markdownToText('Sessions in :lv[Kuldīga] and <Lv>Alūksne</Lv>.\n\n1) the “:lv[Draudzīga skola]” movement'),
    ).toBe('Sessions in Kuldīga and Alūksne.\n\n1) the “Draudzīga skola” movement');
  });
});
