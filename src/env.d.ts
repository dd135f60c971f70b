/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's language, from its address (src/middleware.ts). */
    locale: import('#src/i18n/locales.ts').Locale;
    /** The page's UI strings: `t('nav.home')`. */
    t: import('#src/i18n/index.ts').Translate;
    /** The UI strings of another language, for the few places that name it in its own words. */
    translations: typeof import('#src/i18n/index.ts').useTranslations;
    /** The content's problems for the preview's banner; always empty in a build, which refuses them instead. */
    problems: import('#src/lib/content/problem.ts').Problem[];
    /** The newest programme year, whose whole document the header links to; undefined without content. */
    currentYear: number | undefined;
    /** In `npm run dev` only: the content editor's entry of this page, and of any content file. */
    editor?: { page: string; file: (file: string) => string | undefined };
  }
}
