import { fillTemplate } from '#src/lib/format/fillTemplate.ts';
import { en } from './en.ts';
import { lv } from './lv.ts';
import { defaultLocale, type Locale } from './locales.ts';

/** Every UI string key; Latvian, the default locale, defines the set. */
export type UiKey = keyof typeof lv;
export type UiDictionary = Record<UiKey, string>;

export const dictionaries: Record<Locale, UiDictionary> = { lv, en };

/**
 * The string for `key` in `locale`, with `{name}` placeholders filled in.
 * A missing string falls back to the default locale (a unit test stops that
 * from ever shipping).
 *
 * @example useTranslations('en')('nav.programme', { year: 2023 }) // 'Programme 2023'
 */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return function t(key: UiKey, values: Record<string, string | number> = {}): string {
    return fillTemplate(dictionary[key] ?? dictionaries[defaultLocale][key], values);
  };
}

export type Translate = ReturnType<typeof useTranslations>;
