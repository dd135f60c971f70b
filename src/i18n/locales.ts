/**
 * The one table of the site's languages. Astro's i18n config, the language
 * switch, formatting, the content's language fields and markup, the open data's
 * columns and the tests all read it: adding a language is an entry here, its
 * dictionary (`dictionaries/<code>.ts`, found by its code), and content in that
 * language. The entry marked authoritative is the language of the approved
 * programme and the site's default. It imports nothing, so the search page's
 * script can read it without carrying the dictionaries.
 */

export const locales = {
  lv: { label: 'Latviešu', lang: 'lv', intl: 'lv-LV', authoritative: true },
  en: { label: 'English', lang: 'en', intl: 'en-GB', authoritative: false },
} as const satisfies Record<string, { label: string; lang: string; intl: string; authoritative: boolean }>;

export type Locale = keyof typeof locales;

/** The language of the approved programme: the one whose text is verbatim, and the site's default. */
export type DefaultLocale = { [L in Locale]: (typeof locales)[L]['authoritative'] extends true ? L : never }[Locale];

export const localeCodes = Object.keys(locales) as Locale[];

/** Latvian is the authoritative language of the programme and the site's default. */
export const defaultLocale = localeCodes.find((code) => locales[code].authoritative) as DefaultLocale;

/** Every language but the authoritative one: the languages content is translated into. */
export const translationLocales = localeCodes.filter((code) => code !== defaultLocale);

/** True for one of the site's language codes. @example isLocale('lv') // true */
export const isLocale = (code: string): code is Locale => (localeCodes as string[]).includes(code);
