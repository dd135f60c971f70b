import { describe, expect, it } from 'vitest';
import { outdatedBilingual, type BilingualEntry } from '../../../src/lib/outdatedBilingual.ts';
import { pickLanguage } from '../../../src/lib/pickLanguage.ts';
import { bilingualStamp } from '../../../src/lib/translationStamp.ts';

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
