/**
 * Sets the page's language and its `t()` once per page, as Starlight's
 * locals.ts does, so components read them from `Astro.locals` instead of
 * taking a `locale` prop. Astro knows the language from the address
 * (`/en/…` → `en`); pages outside a language folder (`/`, the 404 page) get the
 * default one and pass an explicit `lang` where they show both.
 */
import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from '#src/i18n/index.ts';
import { defaultLocale, localeCodes, type Locale } from '#src/i18n/locales.ts';
import { getSite } from '#src/data/site.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const locale: Locale = localeCodes.find((code) => code === context.currentLocale) ?? defaultLocale;
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  context.locals.translations = useTranslations;
  context.locals.problems = [];
  // The header of every page links to the newest programme's whole document.
  context.locals.currentYear = (await getSite()).years[0]?.year;
  if (import.meta.env.DEV) {
    // Imported only here, so the build never bundles the file reader; DEV is replaced by `false` there.
    const { previewProblems, reportProblems } = await import('#src/data/previewProblems.ts');
    context.locals.problems = await previewProblems();
    reportProblems(context.locals.problems);
    // The content editor's links (src/editor/): `/edit/page/<collection>/<entry>/<language>/`, the
    // editor's "view" button, goes on to the entry's page.
    const { editorLinks } = await import('#src/editor/pageLinks.ts');
    const links = editorLinks(process.cwd());
    const [edit, page, collection = '', slug = '', lang = ''] = context.url.pathname.split('/').filter(Boolean);
    if (edit === 'edit' && page === 'page')
      return context.redirect(links.pageOfEntry(collection, slug, lang) ?? '/edit/');
    context.locals.editor = { page: links.entryOfPage(context.url.pathname), file: links.entryOfFile };
  }
  return next();
});
