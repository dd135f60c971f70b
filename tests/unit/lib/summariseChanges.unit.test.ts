import { describe, expect, it } from 'vitest';
import { formatChanges, summariseChanges, type ContentSnapshot } from '#src/lib/history/summariseChanges.ts';

const snapshot = (amount: number, overrides: Partial<ContentSnapshot> = {}): ContentSnapshot => ({
  declaredTotal: 48039,
  measures: [
    { code: '1.1', section: '1', administrator: 'inspectorate', amount: 8000 },
    { code: '2.1.2', section: '2.1', administrator: 'ministry', amount },
  ],
  sections: [
    { code: '1', parent: undefined },
    { code: '2', parent: undefined },
    { code: '2.1', parent: '2' },
  ],
  administrators: ['ministry', 'inspectorate'],
  texts: new Map([['src/content/measures/2023/lv/2-1-2.mdx', { lv: ['Virsraksts', 'Teksts.'] }]]),
  files: new Map([
    ['src/content/measures/2023/lv/1-1.mdx', 'a'],
    ['src/content/measures/2023/lv/2-1-2.mdx', `b${amount}`],
  ]),
  translationsCurrent: new Map([['src/content/measures/2023/en/2-1-2.mdx', true]]),
  ...overrides,
});
const money = (euro: number) => `${euro} EUR`;

describe('summariseChanges', () => {
  it('follows one amount up to the total, and says the declared total no longer matches', () => {
    const changes = summariseChanges(snapshot(40039), snapshot(40040));
    expect(changes.amounts).toEqual([{ name: '2.1.2', from: 40039, to: 40040 }]);
    expect(changes.sections).toEqual([
      { name: '2', from: 40039, to: 40040 },
      { name: '2.1', from: 40039, to: 40040 },
    ]);
    expect(changes.administrators).toEqual([{ name: 'ministry', from: 40039, to: 40040 }]);
    expect(changes.total).toEqual({ name: 'total', from: 48039, to: 48040 });
    expect(changes.totalMatches).toBe(false);
    const text = formatChanges('2023', changes, money).join('\n');
    expect(text).toContain('Measure 2.1.2: 40039 EUR → 40040 EUR (+1 EUR)');
    expect(text).toContain('Subsection 2.1: 40039 EUR → 40040 EUR (+1 EUR)');
    expect(text).toContain('Chapter 2: 40039 EUR → 40040 EUR (+1 EUR)');
    expect(text).toContain('Administrator ministry: 40039 EUR → 40040 EUR (+1 EUR)');
    expect(text).toContain('Programme total: 48039 EUR → 48040 EUR (+1 EUR)');
    expect(text).toContain('The declared total 48039 EUR no longer matches the measures (48040 EUR)');
    expect(changes.sections.map((c) => c.name)).not.toContain('1');
  });

  it('lists measures added and removed, changed texts by language, and translations made outdated', () => {
    const after = snapshot(40039, {
      measures: [
        { code: '2.1.2', section: '2.1', administrator: 'ministry', amount: 40039 },
        { code: '2.1.3', section: '2.1', administrator: 'ministry', amount: 8000 },
      ],
      texts: new Map([['src/content/measures/2023/lv/2-1-2.mdx', { lv: ['Virsraksts', 'Grozīts teksts.'] }]]),
      files: new Map([
        ['src/content/measures/2023/lv/2-1-2.mdx', 'c'],
        ['src/content/measures/2023/lv/2-1-3.mdx', 'd'],
      ]),
      translationsCurrent: new Map([['src/content/measures/2023/en/2-1-2.mdx', false]]),
    });
    const changes = summariseChanges(snapshot(40039), after);
    expect(changes.added).toEqual(['2.1.3']);
    expect(changes.removed).toEqual(['1.1']);
    expect(changes.amounts).toEqual([]);
    expect(changes.totalMatches).toBe(true);
    expect(changes.texts).toEqual([
      {
        file: 'src/content/measures/2023/lv/2-1-2.mdx',
        languages: ['lv'],
        paragraphs: {
          lv: [
            {
              before: 'Teksts.',
              after: 'Grozīts teksts.',
              parts: [
                { text: 'Teksts', change: 'removed' },
                { text: 'Grozīts teksts', change: 'added' },
                { text: '.', change: 'same' },
              ],
            },
          ],
        },
      },
    ]);
    expect(changes.outdated).toEqual(['src/content/measures/2023/en/2-1-2.mdx']);
    // 1.1 removed, 2.1.2 changed, 2.1.3 added: the files whose pages the change touches.
    expect(changes.files).toEqual([
      'src/content/measures/2023/lv/1-1.mdx',
      'src/content/measures/2023/lv/2-1-2.mdx',
      'src/content/measures/2023/lv/2-1-3.mdx',
    ]);
  });

  it('reports nothing for the same content', () => {
    const changes = summariseChanges(snapshot(40039), snapshot(40039));
    expect(changes.files).toEqual([]);
    expect(formatChanges('2023', changes, money)).toEqual([
      'Programme 2023:',
      '  No changes to measures, amounts or texts.',
      '  The declared total 48039 EUR still matches the measures.',
    ]);
  });
});
