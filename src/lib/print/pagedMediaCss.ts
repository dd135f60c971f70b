import { cssString } from './cssString.ts';

/**
 * The printed page's margin boxes for the whole-document page: the running
 * title at the top and "page / pages" at the bottom. CSS cannot read the title
 * from the page, so each language's title is written into its own stylesheet
 * (a file, so the Content-Security-Policy needs no inline style).
 *
 * @example pagedMediaCss('Valsts programma …') // '@page { … @top-center { content: "Valsts programma …"; } … }'
 */
export function pagedMediaCss(title: string): string {
  return [
    '@page {',
    '  size: A4;',
    '  margin: 20mm 18mm;',
    `  @top-center { content: ${cssString(title)}; font: 9pt sans-serif; color: #444; }`,
    '  @bottom-center { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #444; }',
    '}',
    '',
  ].join('\n');
}
