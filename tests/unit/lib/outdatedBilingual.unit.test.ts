import { describe, expect, it } from 'vitest';
import {
  bilingualEntries,
  bilingualStatus,
  outdatedBilingual,
  type BilingualEntry,
} from '#src/lib/translation/outdatedBilingual.ts';
import { pickLanguage } from '#src/lib/language/pickLanguage.ts';
import { bilingualStamp } from '#src/lib/translation/translationStamp.ts';

const languages = ['lv', 'en'];
const data = { title: { lv: 'Virsraksts', en: 'Title' }, goals: { lv: ['Mērķis.'], en: ['Goal.'] }, year: 2023 };

describe('pickLanguage', () => {
  it('keeps one language of every bilingual value and drops what has no language', () => {
    expect(pickLanguage(data, 'lv', languages)).toEqual({ title: 'Virsraksts', goals: ['Mērķis.'] });
  });
});

describe('outdatedBilingual', () => {
  const entry = (changed: Record<string, unknown>, translates: string | undefined): BilingualEntry => ({
    key: '2023/2-1',
    id: '2023/2-1',
    file: 'src/content/sections/2023/2-1.yaml',
    field: 'translates',
    data: { ...changed, translates },
  });
  const stamp = bilingualStamp(data, 'lv', languages);

  it('says nothing while the stamp matches, whatever the English says', () => {
    expect(outdatedBilingual([entry(data, stamp)], languages)).toEqual([]);
    expect(
      outdatedBilingual([entry({ ...data, title: { lv: 'Virsraksts', en: 'Heading' } }, stamp)], languages),
    ).toEqual([]);
  });

  it('warns when a Latvian field changed, naming the file, the field and the command', () => {
    const [warning] = outdatedBilingual([entry({ ...data, title: { lv: 'Cits', en: 'Title' } }, stamp)], languages);
    expect(warning).toMatchObject({
      level: 'warning',
      file: 'src/content/sections/2023/2-1.yaml',
      field: 'translates',
    });
    expect(warning?.message).toContain('npm run translations -- --done 2023/2-1');
  });
});

describe('bilingual entries never marked done', () => {
  it('are not yet translated, not outdated, and warned about as such', () => {
    const entry: BilingualEntry = {
      key: '2023',
      id: '2023',
      file: 'src/content/programmes/2023.yaml',
      field: 'translates',
      data,
    };
    expect(bilingualStatus(entry, languages)).toBe('untranslated');
    const [warning] = outdatedBilingual([entry], languages);
    expect(warning).toMatchObject({ level: 'warning', file: 'src/content/programmes/2023.yaml', field: 'translates' });
    expect(warning?.message).toMatch(/^not yet translated: /);
    expect(warning?.message).toContain('npm run translations -- --done 2023');
  });
});

describe('bilingualEntries', () => {
  it('names the programme, each section and each administrator as npm run translations -- --done takes them', () => {
    const entries = bilingualEntries({
      programmes: [{ id: '2023', filePath: 'src/content/programmes/2023.yaml', data }],
      sections: [{ id: '2023/2-1', filePath: 'src/content/sections/2023/2-1.yaml', data }],
      administrators: [
        { id: 'ministry', filePath: 'src/content/administrators.yaml', data },
        { id: 'inspectorate', filePath: 'src/content/administrators.yaml', data },
      ],
    });
    expect(entries.map(({ key, file, field }) => [key, file, field])).toEqual([
      ['2023', 'src/content/programmes/2023.yaml', 'translates'],
      ['2023/2-1', 'src/content/sections/2023/2-1.yaml', 'translates'],
      ['administrators/ministry', 'src/content/administrators.yaml', '0.translates'],
      ['administrators/inspectorate', 'src/content/administrators.yaml', '1.translates'],
    ]);
  });
});
