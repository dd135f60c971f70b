/**
 * The one table of the site's languages. Astro's i18n config, the language
 * switch, formatting and the tests all import it, so adding a language starts here.
 */
export const locales = {
  lv: { label: 'Latviešu', lang: 'lv', intl: 'lv-LV' },
  en: { label: 'English', lang: 'en', intl: 'en-GB' },
} as const satisfies Record<string, { label: string; lang: string; intl: string }>;

export type Locale = keyof typeof locales;

/** Latvian is the authoritative language of the programme and the site's default. */
export const defaultLocale: Locale = 'lv';

export const localeCodes = Object.keys(locales) as Locale[];

/** True for one of the site's language codes. @example isLocale('lv') // true */
export const isLocale = (code: string): code is Locale => (localeCodes as string[]).includes(code);
