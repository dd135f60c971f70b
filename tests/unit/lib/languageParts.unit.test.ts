import { describe, expect, it } from 'vitest';
import { languageParts, withLanguagePartsMeta } from '../../../src/lib/languageParts.ts';

const page = (main: string, head = '<title>t</title>') =>
  `<!DOCTYPE html><html lang="en"><head>${head}</head><body><header><span lang="lv">Latviešu</span></header>${main}</body></html>`;

describe('languageParts', () => {
  it('collects the indexed text’s other-language parts, once each, in page order', () => {
    const html = page(
      '<main data-pagefind-body><h1>Study “<span lang="lv">Ārpusģimenes  aprūpes</span>”</h1>' +
        '<p><span lang="lv">Draudzīga skola</span> and <span lang="lv">Ārpusģimenes aprūpes</span></p>' +
        '<aside data-pagefind-ignore><span lang="lv">tieša veidā</span></aside>' +
        '<p lang="en">English, as the page is</p></main>',
    );
    expect(languageParts(html)).toEqual({
      pageLang: 'en',
      parts: { lv: ['Ārpusģimenes aprūpes', 'Draudzīga skola'] },
    });
  });

  it('says when the whole indexed text is in another language (an untranslated fallback)', () => {
    const html = page('<main lang="lv" data-pagefind-body><p>Pasākums</p></main>');
    expect(languageParts(html)).toEqual({ pageLang: 'en', whole: 'lv', parts: {} });
  });

  it('finds nothing on a page without an indexed body', () => {
    expect(languageParts(page('<main><span lang="lv">Bērni</span></main>')).parts).toEqual({});
  });
});

describe('withLanguagePartsMeta', () => {
  it('puts the parts at the end of the head as Pagefind metadata, escaped', () => {
    const html = page('<main data-pagefind-body><span lang="lv">“A & B”</span> <span lang="lv">C</span></main>');
    const tag = '<meta data-pagefind-meta="lv[content]" content="“A &amp; B”|C">';
    const out = withLanguagePartsMeta(html);
    expect(out).toContain(`${tag}</head>`);
    expect(out.replace(tag, '')).toBe(html);
  });

  it('leaves a page without other-language parts unchanged', () => {
    const html = page('<main data-pagefind-body><p>Only English</p></main>');
    expect(withLanguagePartsMeta(html)).toBe(html);
  });
});
