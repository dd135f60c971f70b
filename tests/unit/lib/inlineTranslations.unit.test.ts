import { describe, expect, it } from 'vitest';
import {
  inlineEntries,
  inlineStatus,
  outdatedInline,
  partialInline,
  type InlineEntry,
} from '#src/lib/translation/inlineTranslations.ts';
import { pickLanguage } from '#src/lib/language/pickLanguage.ts';
import { inlineStamp } from '#src/lib/translation/translationStamp.ts';

const languages = ['lv', 'en'];
const data = { title: { lv: 'Virsraksts', en: 'Title' }, goals: { lv: ['Mērķis.'], en: ['Goal.'] }, year: 2023 };

describe('pickLanguage', () => {
  it('keeps one language of every bilingual value and drops what has no language', () => {
    expect(pickLanguage(data, 'lv', languages)).toEqual({ title: 'Virsraksts', goals: ['Mērķis.'] });
  });
});

describe('outdatedInline', () => {
  const entry = (changed: Record<string, unknown>, en: string | undefined): InlineEntry => ({
    key: '2023/2-1',
    id: '2023/2-1',
    file: 'src/content/sections/2023/2-1.yaml',
    field: 'translates',
    data: { ...changed, translates: en === undefined ? undefined : { en } },
  });
  const stamp = inlineStamp(data, 'lv', languages);

  it('says nothing while the stamp matches, whatever the English says', () => {
    expect(outdatedInline([entry(data, stamp)], languages)).toEqual([]);
    expect(outdatedInline([entry({ ...data, title: { lv: 'Virsraksts', en: 'Heading' } }, stamp)], languages)).toEqual(
      [],
    );
  });

  it('warns when a Latvian field changed, naming the file, the field and the command', () => {
    const [warning] = outdatedInline([entry({ ...data, title: { lv: 'Cits', en: 'Title' } }, stamp)], languages);
    expect(warning).toMatchObject({
      level: 'warning',
      file: 'src/content/sections/2023/2-1.yaml',
      field: 'translates.en',
    });
    expect(warning?.message).toContain('npm run translations -- --done 2023/2-1');
  });

  it('keeps one fingerprint per language: marking one done leaves the others as they were', () => {
    const three = ['lv', 'en', 'uk'];
    const withUk = { ...data, title: { ...data.title, uk: 'Заголовок' }, goals: { ...data.goals, uk: ['Мета.'] } };
    const marked: InlineEntry = {
      ...entry(withUk, undefined),
      data: { ...withUk, translates: { en: inlineStamp(withUk, 'lv', three) } },
    };
    expect(inlineStatus(marked, 'en', three)).toBe('current');
    expect(inlineStatus(marked, 'uk', three)).toBe('untranslated');
    expect(outdatedInline([marked], three).map((w) => w.field)).toEqual(['translates.uk']);
  });

  it('has no warning for a language the entry has no text in: its pages show the Latvian with a notice', () => {
    const latvianOnly: InlineEntry = { ...entry({ title: { lv: 'Virsraksts' }, goals: { lv: [] } }, undefined) };
    expect(inlineStatus(latvianOnly, 'en', languages)).toBe('missing');
    expect(outdatedInline([latvianOnly], languages)).toEqual([]);
  });
});

describe('inline entries never marked done', () => {
  it('are not yet translated, not outdated, and warned about as such', () => {
    const entry: InlineEntry = {
      key: '2023',
      id: '2023',
      file: 'src/content/programmes/2023.yaml',
      field: 'translates',
      data,
    };
    expect(inlineStatus(entry, 'en', languages)).toBe('untranslated');
    const [warning] = outdatedInline([entry], languages);
    expect(warning).toMatchObject({
      level: 'warning',
      file: 'src/content/programmes/2023.yaml',
      field: 'translates.en',
    });
    expect(warning?.message).toMatch(/^not yet translated: /);
    expect(warning?.message).toContain('npm run translations -- --done 2023');
  });
});

describe('inlineEntries', () => {
  it('names the programme, each section, each administrator and each change note as npm run translations -- --done takes them', () => {
    const entries = inlineEntries({
      programmes: [{ id: '2023', filePath: 'src/content/programmes/2023.yaml', data }],
      sections: [{ id: '2023/2-1', filePath: 'src/content/sections/2023/2-1.yaml', data }],
      administrators: [
        { id: 'ministry', filePath: 'src/content/administrators.yaml', data },
        { id: 'inspectorate', filePath: 'src/content/administrators.yaml', data },
      ],
      updates: [{ id: '2023/2024-03-05', filePath: 'src/content/updates/2023/2024-03-05.yaml', data }],
    });
    expect(entries.map(({ key, file, field }) => [key, file, field])).toEqual([
      ['2023', 'src/content/programmes/2023.yaml', 'translates'],
      ['2023/2-1', 'src/content/sections/2023/2-1.yaml', 'translates'],
      ['administrators/ministry', 'src/content/administrators.yaml', '0.translates'],
      ['administrators/inspectorate', 'src/content/administrators.yaml', '1.translates'],
      ['2023/2024-03-05', 'src/content/updates/2023/2024-03-05.yaml', 'translates'],
    ]);
  });
});

describe('partialInline', () => {
  const section = (data: Record<string, unknown>): InlineEntry => ({
    key: '2023/2-1',
    id: '2023/2-1',
    file: 'src/content/sections/2023/2-1.yaml',
    field: 'translates',
    data,
  });

  it('takes a translation as whole or absent', () => {
    expect(partialInline([section(data)], languages)).toEqual([]);
    expect(partialInline([section({ title: { lv: 'Virsraksts' }, goals: { lv: ['Mērķis.'] } })], languages)).toEqual(
      [],
    );
  });

  it('names each field left out of a language the entry has, but not an empty one', () => {
    const partial = section({
      title: { lv: 'Virsraksts', en: 'Title' },
      goals: { lv: ['Mērķis.'] },
      tasks: { lv: [] },
    });
    expect(partialInline([partial], languages)).toEqual([
      expect.objectContaining({ level: 'error', file: 'src/content/sections/2023/2-1.yaml', field: 'goals' }),
    ]);
  });

  it('puts an administrator’s field under its place in the file', () => {
    const administrator: InlineEntry = {
      key: 'administrators/ministry',
      id: 'ministry',
      file: 'src/content/administrators.yaml',
      field: '1.translates',
      data: { id: 'ministry', name: { lv: 'Ministrija', en: 'Ministry' }, abbreviation: { lv: 'LM' } },
    };
    expect(partialInline([administrator], languages).map((p) => p.field)).toEqual(['1.abbreviation']);
  });
});
