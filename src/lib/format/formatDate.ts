import { locales, type Locale } from '#src/i18n/locales.ts';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A calendar date as readers of the language write it: `2022. gada 6. decembris`
 * in Latvian, `6 December 2022` in English. Dates are taken as UTC days, so a
 * build in any time zone prints the same day.
 *
 * @example formatDate(new Date('2022-12-06'), 'en') // '6 December 2022'
 */
export function formatDate(date: Date, locale: Locale): string {
  // One formatter per language, as formatMoney keeps: every page shows a date, and building an
  // Intl.DateTimeFormat costs far more than using one.
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locales[locale].intl, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

/** The machine-readable day for `<time datetime>`. @example isoDay(new Date('2022-12-06')) // '2022-12-06' */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
