/**
 * One language's part of a bilingual value: every `{ lv, en }` object inside
 * it replaced by its `lang` text, everything else (numbers, ids) left out.
 *
 * @example pickLanguage({ title: { lv: 'Virsraksts', en: 'Title' }, year: 2023 }, 'lv', ['lv', 'en']) // { title: 'Virsraksts' }
 */
export function pickLanguage(value: unknown, lang: string, languages: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => pickLanguage(item, lang, languages));
  if (value === null || typeof value !== 'object') return undefined;
  const entries = Object.entries(value);
  if (entries.length > 0 && entries.every(([key]) => languages.includes(key))) {
    return (value as Record<string, unknown>)[lang];
  }
  return Object.fromEntries(
    entries
      .map(([key, item]) => [key, pickLanguage(item, lang, languages)] as const)
      .filter(([, item]) => item !== undefined),
  );
}
