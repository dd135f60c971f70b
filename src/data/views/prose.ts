/**
 * A page written in prose (src/content/pages/<lang>/<name>.mdx), in the
 * page's language or, until it is translated, in Latvian with the fallback
 * notice, as measures are.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { useTranslations } from '#src/i18n/index.ts';
import { defaultLocale, type Locale } from '#src/i18n/locales.ts';
import { paths } from '#src/i18n/paths.ts';
import { contentFile } from '#src/lib/content/contentPath.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import type { Link } from './context.ts';

export interface ProseView {
  entry: CollectionEntry<'pages'>;
  /** The heading, with language marks. */
  heading: string;
  /** The heading and description without marks, for the page's head. */
  pageTitle: string;
  description: string;
  updated: Date;
  /** Home, then the page itself (no link). */
  crumbs: (Link | { label: string })[];
  /** The language of the text when it is not the page's own (an untranslated page shown in Latvian). */
  contentLang: Locale | undefined;
}

export async function proseView(locale: Locale, name: string): Promise<ProseView> {
  const own = await getEntry('pages', `${locale}/${name}`);
  const entry = own ?? (await getEntry('pages', `${defaultLocale}/${name}`));
  if (!entry) throw new Error(`Missing ${contentFile.page(defaultLocale, name)}`);
  const t = useTranslations(locale);
  return {
    entry,
    heading: entry.data.title,
    pageTitle: stripLangMarkup(entry.data.title),
    description: stripLangMarkup(entry.data.description),
    updated: entry.data.updated,
    crumbs: [{ label: t('nav.home'), href: paths.home(locale) }, { label: entry.data.title }],
    contentLang: own ? undefined : defaultLocale,
  };
}
