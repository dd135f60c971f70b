import { defaultLocale, localeCodes, type DefaultLocale, type Locale } from '#src/i18n/locales.ts';
import { parseLangMarkup } from './parseLangMarkup.ts';

/** A value written in the authoritative language and, optionally, in others. */
export type Localised<T> = Readonly<Partial<Record<Locale, T | undefined>>> & Readonly<Record<DefaultLocale, T>>;

const isLocalised = (value: object, languages: readonly string[]) => {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => languages.includes(key));
};

/**
 * The languages an entry has text in: every language that some value written
 * per language (`{ lv, en }`) inside it has.
 *
 * @example languagesOf({ title: { lv: 'A', en: 'B' }, goals: { lv: [] } }, ['lv', 'en']) // Set { 'lv', 'en' }
 */
export function languagesOf(data: unknown, languages: readonly string[] = localeCodes): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      if (isLocalised(value, languages)) for (const key of Object.keys(value)) found.add(key);
      else Object.values(value).forEach(walk);
    }
  };
  walk(data);
  return found;
}

/** Text in the authoritative language standing in for another, marked as such where it carries no marks of its own. */
const standIn = (text: string) =>
  parseLangMarkup(text).some((segment) => segment.lang) ? text : `:${defaultLocale}[${text}]`;

/**
 * A value's text in `locale`; where it has none yet, the authoritative
 * language's, marked `:lv[…]` so that it is read with Latvian rules wherever it
 * appears (a heading in another page's breadcrumbs, say). Empty texts stay empty.
 *
 * @example inLanguage({ lv: 'Virsraksts', en: 'Title' }, 'en') // 'Title'
 * @example inLanguage({ lv: 'Virsraksts' }, 'uk') // ':lv[Virsraksts]'
 */
export function inLanguage(value: Localised<string>, locale: Locale): string;
export function inLanguage(value: Localised<string[]>, locale: Locale): string[];
export function inLanguage(value: Localised<string> | Localised<string[]>, locale: Locale): string | string[] {
  const own = value[locale];
  if (own !== undefined) return own;
  const original = value[defaultLocale];
  const mark = (text: string) => (text === '' ? text : standIn(text));
  return typeof original === 'string' ? mark(original) : original.map(mark);
}

/**
 * A value with every text written per language filled in for every language
 * of the site (`inLanguage`), all the way down: the published data has each
 * language's text, with the authoritative one standing in where a translation
 * is missing. Anything else is kept as it is.
 *
 * @example inEveryLanguage({ title: { lv: 'A' }, year: 2023 }) // { title: { lv: 'A', en: ':lv[A]' }, year: 2023 }
 */
export function inEveryLanguage(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inEveryLanguage);
  if (value === null || typeof value !== 'object') return value;
  if (isLocalised(value, localeCodes) && defaultLocale in value) {
    const localisedValue = value as Localised<string> | Localised<string[]>;
    return Object.fromEntries(localeCodes.map((code) => [code, inLanguage(localisedValue as Localised<string>, code)]));
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inEveryLanguage(item)]));
}
