/**
 * The whole-document page printed as a reader would print it: Chromium's own
 * PDF, read back with a declared extractor (pdfjs-dist). Every printed page
 * carries the programme's title and "page / pages", and each chapter starts
 * a new page.
 */
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { at } from './site.ts';

/** The text of each page of a PDF, whitespace collapsed. */
async function pdfPages(data: Uint8Array): Promise<string[]> {
  const task = getDocument({ data, useSystemFonts: false });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
    pages.push(text.replace(/\s+/g, ' ').trim());
  }
  await task.destroy();
  return pages;
}

const cases = [
  {
    lang: 'lv',
    title: 'Valsts programma bērna un ģimenes stāvokļa uzlabošanai 2023.gadam',
    chapters: ['1. Atbalsta nodrošināšana', '2. Informatīvie pasākumi'],
  },
  {
    lang: 'en',
    title: 'State Programme for Improving the Situation of Children and Families for 2023',
    chapters: ['1 Providing support', '2 Information activities'],
  },
];

for (const { lang, title, chapters } of cases) {
  test(`the ${lang} whole document prints with its title and page numbers on every page, each chapter on a new page`, async ({
    page,
  }) => {
    await page.goto(at(`/${lang}/2023/document/`));
    const pages = await pdfPages(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain(title);
      expect(text, `page ${index + 1}`).toContain(`${index + 1} / ${pages.length}`);
    });
    // The page's body text, without the margin boxes: a chapter's page begins with its heading.
    const bodies = pages.map((text, index) =>
      text
        .replace(title, '')
        .replace(`${index + 1} / ${pages.length}`, '')
        .trim(),
    );
    for (const chapter of chapters) {
      expect(
        bodies.filter((body) => body.startsWith(chapter)),
        `a page that starts with chapter “${chapter}”`,
      ).toHaveLength(1);
    }
    // No site chrome in print: the header's navigation and the footer's publisher line are left out.
    const all = pages.join(' ');
    expect(all).not.toContain(lang === 'lv' ? 'Galvenā navigācija' : 'Skip to main content');
    expect(all).not.toContain(lang === 'lv' ? 'Saturu sagatavoja' : 'Content prepared by the Ministry of Welfare');
  });
}

test('the whole document states its permanent address once, in the main content', async ({ page }) => {
  await page.goto(at('/en/2023/document/'));
  await expect(page.locator('main [data-permalink]')).toHaveCount(1);
  await expect(page.locator('main [data-permalink]')).toContainText(
    'https://programma.example.lv/berni/en/2023/document/',
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('main [data-permalink]')).toBeVisible();
});

test('each measure’s page links to its place in the whole document, and back', async ({ page }) => {
  await page.goto(at('/lv/2023/2-1-2/'));
  await page.locator('main a[href$="/document/#measure-2-1-2"]').click();
  await expect(page).toHaveURL(/\/lv\/2023\/document\/#measure-2-1-2$/);
  await expect(page.locator('#measure-2-1-2')).toBeInViewport();
  await page.locator('#measure-2-1-2 a[href$="/lv/2023/2-1-2/"]').click();
  await expect(page).toHaveURL(/\/lv\/2023\/2-1-2\/$/);
});
