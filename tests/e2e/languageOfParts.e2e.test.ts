/**
 * Language of parts (WCAG 2.2 SC 3.1.2): on every English page, any text with
 * a letter only Latvian has (ā č ē ģ ī ķ ļ ņ š ū ž) sits inside an element
 * marked lang="lv", and each such element is short — a name or a title, not a
 * paragraph wrapped to pass. An untranslated page shown in Latvian (its whole
 * <main lang="lv"> under a fallback notice) is the one exception to the length.
 */
import { expect, test } from '@playwright/test';
import { at, builtPages } from './site.ts';

/** The longest Latvian name or title the English pages quote is about 120 characters. */
const MAX_MARKED_LENGTH = 150;

for (const pathname of builtPages().filter((p) => p.startsWith('/en/'))) {
  test(`Latvian words on ${pathname} are marked lang="lv"`, async ({ page }) => {
    await page.goto(at(pathname));
    const { unmarked, tooLong } = await page.evaluate((max) => {
      const latvianOnly = /[āčēģīķļņšūž]/i;
      const unmarked: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style')) continue;
        const lang = parent.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
        if (lang !== 'lv' && latvianOnly.test(node.textContent ?? '')) unmarked.push((node.textContent ?? '').trim());
      }
      const isFallback = (el: Element) =>
        el.matches('main') && document.querySelector('[data-fallback-notice]') !== null;
      const tooLong = [...document.body.querySelectorAll('[lang="lv"]')]
        .filter((el) => !isFallback(el))
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter((text) => text.length > max);
      return { unmarked, tooLong };
    }, MAX_MARKED_LENGTH);
    expect(unmarked, 'Latvian text outside lang="lv"').toEqual([]);
    expect(tooLong, `lang="lv" elements longer than ${MAX_MARKED_LENGTH} characters`).toEqual([]);
  });
}
