import { describe, expect, it } from 'vitest';
import { setTranslates } from '#src/lib/translation/setTranslates.ts';
import { translationStamp, type TranslatableText } from '#src/lib/translation/translationStamp.ts';
import { translationStatus } from '#src/lib/translation/translationStatus.ts';

const text: TranslatableText = {
  title: 'Virsraksts',
  body: 'Teksts.',
  results: ['Rezultāts.'],
  notes: [],
  fundingNote: undefined,
};

describe('translationStamp', () => {
  it('changes with every translatable part', () => {
    const stamp = translationStamp(text);
    expect(stamp).toMatch(/^[0-9a-f]{12}$/);
    for (const changed of [
      { ...text, title: 'Cits' },
      { ...text, body: 'Cits teksts.' },
      { ...text, results: ['Cits.'] },
      { ...text, notes: ['Piezīme.'] },
      { ...text, fundingNote: 'Piezīme.' },
    ]) {
      expect(translationStamp(changed)).not.toBe(stamp);
    }
  });

  it('does not change with space around the body', () => {
    expect(translationStamp({ ...text, body: '\n\nTeksts.\n' })).toBe(translationStamp(text));
  });
});

describe('translationStatus', () => {
  it('is current, outdated or missing', () => {
    expect(translationStatus('abc', { translates: 'abc' })).toBe('current');
    expect(translationStatus('abc', { translates: 'def' })).toBe('outdated');
    expect(translationStatus('abc', undefined)).toBe('missing');
  });

  it("is untranslated, not outdated, when the file was never marked done (a scaffold's placeholder text)", () => {
    expect(translationStatus('abc', {})).toBe('untranslated');
    expect(translationStatus('abc', { translates: undefined })).toBe('untranslated');
  });
});

describe('setTranslates', () => {
  it('adds the line at the end of the frontmatter, leaving the rest as written', () => {
    expect(setTranslates('---\ntitle: "T"\n---\nText\n', 'abc123')).toBe(
      '---\ntitle: "T"\ntranslates: abc123\n---\nText\n',
    );
  });

  it('replaces the line that is there', () => {
    expect(setTranslates('---\ntranslates: old\ntitle: T\n---\n---\n', 'new')).toBe(
      '---\ntranslates: new\ntitle: T\n---\n---\n',
    );
  });

  it('refuses a file without frontmatter', () => {
    expect(() => setTranslates('Text\n', 'abc')).toThrow('frontmatter');
  });
});
