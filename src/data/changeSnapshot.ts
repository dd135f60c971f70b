import { defaultLocale, localeCodes } from '#src/i18n/locales.ts';
import { contentPathOf } from '#src/lib/content/contentPath.ts';
import type { ContentSnapshot } from '#src/lib/history/summariseChanges.ts';
import { pickLanguage } from '#src/lib/language/pickLanguage.ts';
import { translationStatus } from '#src/lib/translation/translationStatus.ts';
import type { LoadedContent } from '#src/check/readContent.ts';
import { measureStamp } from './records.ts';

/** Each language's part of a bilingual value, as one string per language. */
const byLanguage = (value: unknown): Partial<Record<string, string>> =>
  Object.fromEntries(localeCodes.map((lang) => [lang, JSON.stringify(pickLanguage(value, lang, localeCodes)) ?? '']));

/**
 * One programme year's figures and texts as the file reader gives them, for
 * comparing two versions of the content (`npm run changes`).
 */
export function changeSnapshot(content: LoadedContent, year: number): ContentSnapshot {
  const own = <T extends { id: string; filePath: string }>(entries: T[]) =>
    entries.map((entry) => ({ entry, path: contentPathOf(entry) })).filter(({ path }) => path.year === year);
  const measures = own(content.measures);
  const originals = new Map(measures.map(({ entry, path }) => [path.code, entry]));
  const texts = new Map<string, Partial<Record<string, string>>>();
  for (const { entry } of measures) texts.set(entry.filePath, { [defaultLocale]: measureStamp(entry) });
  const translations = own(content.translations);
  for (const { entry, path } of translations) {
    // The fingerprint is bookkeeping, not text: marking a translation done changes no text.
    texts.set(entry.filePath, {
      [path.lang ?? '']: JSON.stringify([{ ...entry.data, translates: undefined }, entry.body.trim()]),
    });
  }
  const programme = own(content.programmes)[0]?.entry;
  const sections = own(content.sections);
  for (const entry of [...(programme ? [programme] : []), ...sections.map((s) => s.entry)]) {
    texts.set(entry.filePath, byLanguage(entry.data));
  }
  for (const a of content.administrators) texts.set(`${a.filePath} › ${a.id}`, byLanguage(a.data));
  return {
    declaredTotal: programme?.data.declaredTotal,
    measures: measures
      .filter(({ entry }) => !entry.data.draft)
      .map(({ entry, path }) => ({
        code: path.code ?? '',
        section: path.parent ?? '',
        administrator: entry.data.administrator.id,
        amount: entry.data.funding.amount,
      })),
    sections: sections.map(({ path }) => ({ code: path.code ?? '', parent: path.parent })),
    administrators: content.administrators.map((a) => a.id),
    texts,
    translationsCurrent: new Map(
      translations.map(({ entry, path }) => {
        const original = originals.get(path.code);
        return [
          entry.filePath,
          original !== undefined && translationStatus(measureStamp(original), entry.data) === 'current',
        ];
      }),
    ),
  };
}
