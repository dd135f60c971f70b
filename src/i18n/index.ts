import { fillTemplate } from '#src/lib/format/fillTemplate.ts';
import type lv from './dictionaries/lv.ts';
import { defaultLocale, localeCodes, locales, type Locale } from './locales.ts';

/** Every UI string key; Latvian, the default locale, defines the set. */
type DefinedKey = keyof typeof lv;

/** The strings with one form per plural category: `search.count` has `search.count.one`, `search.count.other`, … */
export type PluralBase = { [K in DefinedKey]: K extends `${infer Base}.other` ? Base : never }[DefinedKey];
type PluralKey = `${PluralBase}.${Intl.LDMLPluralRule}`;

/** A key with one string in every language. */
export type UiKey = Exclude<DefinedKey, PluralKey>;

/**
 * A language's UI strings: every key, and each plural string in the forms the
 * language's plural rules use (`other` always; Latvian adds `zero` and `one`,
 * English `one`, Ukrainian `one`, `few` and `many`). A unit test checks each
 * dictionary has exactly those.
 */
export type UiDictionary = Record<UiKey, string> &
  Record<`${PluralBase}.other`, string> &
  Partial<Record<PluralKey, string>>;

/** Each language's dictionary, `dictionaries/<code>.ts`: found by the locale table's codes, so a new language needs no import here. */
export const dictionaries = Object.fromEntries(
  await Promise.all(
    localeCodes.map(async (code) => {
      const module = (await import(`./dictionaries/${code}.ts`)) as { default: UiDictionary };
      return [code, module.default] as const;
    }),
  ),
) as Record<Locale, UiDictionary>;

/** CLDR's order of the plural categories. */
const categoryOrder: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The plural categories a language's rules use, in CLDR's order. */
export function pluralCategories(locale: Locale): Intl.LDMLPluralRule[] {
  const used = new Set(new Intl.PluralRules(locales[locale].intl).resolvedOptions().pluralCategories);
  return categoryOrder.filter((category) => used.has(category));
}

/**
 * The strings of `locale` for `key`, with `{name}` placeholders filled in by
 * `t(key, values)`, and a plural string in the form `count` takes by
 * `t.plural(base, count, values)`. A missing string falls back to the default
 * locale (a unit test stops that from ever shipping).
 *
 * @example useTranslations('en')('nav.programme', { year: 2023 }) // 'Programme 2023'
 * @example useTranslations('lv').plural('root.measures', 10, { count: 10 }) // '10 pasākumi'
 */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  const rules = new Intl.PluralRules(locales[locale].intl);
  const t = (key: UiKey, values: Record<string, string | number> = {}): string =>
    fillTemplate(dictionary[key] ?? dictionaries[defaultLocale][key], values);
  const plural = (base: PluralBase, count: number, values: Record<string, string | number> = {}): string =>
    fillTemplate(dictionary[`${base}.${rules.select(count)}`] ?? dictionary[`${base}.other`], values);
  /** Every form of a plural string in this language, keyed as the dictionary keys them (for the search page's script). */
  const forms = (base: PluralBase): Record<string, string> =>
    Object.fromEntries(
      pluralCategories(locale).map((category) => [
        `${base}.${category}`,
        dictionary[`${base}.${category}`] ?? dictionary[`${base}.other`],
      ]),
    );
  return Object.assign(t, { plural, forms });
}

export type Translate = ReturnType<typeof useTranslations>;
