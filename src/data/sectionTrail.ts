import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import type { ProgrammeYear, Section } from './site.ts';

/** Breadcrumbs from the home page down to `section` (inclusive). */
export function sectionTrail(year: ProgrammeYear, section: Section | undefined, locale: Locale) {
  const t = useTranslations(locale);
  const byId = new Map(year.sections.map((s) => [s.id, s]));
  const chain: Section[] = [];
  for (let current = section; current; current = current.data.parent ? byId.get(current.data.parent.id) : undefined) {
    chain.unshift(current);
  }
  return [
    { label: t('nav.home'), href: paths.home(locale) },
    { label: t('nav.programme', { year: year.year }), href: paths.year(locale, year.year) },
    ...chain.map((s) => ({
      label: `${s.data.code}. ${s.data.title[locale]}`,
      href: paths.part(locale, year.year, s.data.code),
    })),
  ];
}
