import { describe, expect, it } from 'vitest';
import { summariseFunding, type FundedMeasure } from '#src/lib/money/summariseFunding.ts';

// The 2023 programme's structure and figures, as the approved document gives them.
const measures: FundedMeasure[] = [
  { code: '1.1', section: '1', administrator: 'inspectorate', amount: 8000 },
  { code: '1.2', section: '1', administrator: 'ministry', amount: 46200 },
  { code: '1.3', section: '1', administrator: 'ministry', amount: 29000 },
  { code: '1.4', section: '1', administrator: 'ministry', amount: 10000 },
  { code: '2.1.1', section: '2.1', administrator: 'inspectorate', amount: 15000 },
  { code: '2.1.2', section: '2.1', administrator: 'ministry', amount: 40039 },
  { code: '2.1.3', section: '2.1', administrator: 'inspectorate', amount: 2000 },
  { code: '2.2.1', section: '2.2', administrator: 'ministry', amount: 50000 },
  { code: '2.2.2', section: '2.2', administrator: 'ministry', amount: 80000 },
  { code: '2.3', section: '2', administrator: 'inspectorate', amount: 3000 },
];
const sections = [
  { code: '1', parent: undefined },
  { code: '2', parent: undefined },
  { code: '2.1', parent: '2' },
  { code: '2.2', parent: '2' },
];

describe('summariseFunding', () => {
  const summary = summariseFunding(measures, sections, ['ministry', 'inspectorate']);

  it('totals the programme', () => {
    expect(summary.total).toBe(283239);
  });

  it('nests subtotals: 2 = 2.1 + 2.2 + 2.3', () => {
    expect(summary.chapters.get('1')?.total).toBe(93200);
    expect(summary.chapters.get('2')?.total).toBe(190039);
    expect(summary.sections.get('2.1')?.total).toBe(57039);
    expect(summary.sections.get('2.2')?.total).toBe(130000);
    expect(summary.sections.get('2')?.measures).toEqual(['2.1.1', '2.1.2', '2.1.3', '2.2.1', '2.2.2', '2.3']);
  });

  it('totals each administrator and lists its measures in order', () => {
    expect(summary.administrators.get('ministry')?.total).toBe(255239);
    expect(summary.administrators.get('inspectorate')?.total).toBe(28000);
    expect(summary.administrators.get('ministry')?.measures).toEqual(['1.2', '1.3', '1.4', '2.1.2', '2.2.1', '2.2.2']);
    expect(summary.administrators.get('inspectorate')?.measures).toEqual(['1.1', '2.1.1', '2.1.3', '2.3']);
  });

  it('gives shares that add up to 100 in every grouping', () => {
    const add = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;
    expect(add([...summary.chapters.values()].map((s) => s.share))).toBe(100);
    expect(add([...summary.administrators.values()].map((s) => s.share))).toBe(100);
    expect(add([...summary.measures.values()].map((m) => m.share))).toBe(100);
    const chapter2 = [...summary.measures.values()].filter((m) => m.chapter === '2');
    expect(add(chapter2.map((m) => m.shareOfChapter))).toBe(100);
  });

  it('computes a measure’s shares of the programme and of its chapter', () => {
    const figures = summary.measures.get('2.2.2');
    expect(figures?.share).toBe(28.3);
    expect(figures?.chapter).toBe('2');
    expect(figures?.shareOfChapter).toBe(42.1);
  });

  it('adds amounts with cents exactly', () => {
    const cents = summariseFunding(
      [
        { code: '1.1', section: '1', administrator: 'a', amount: 0.1 },
        { code: '1.2', section: '1', administrator: 'a', amount: 0.2 },
      ],
      [{ code: '1', parent: undefined }],
      ['a'],
    );
    expect(cents.total).toBe(0.3);
  });

  it('keeps measures in document order whatever order they come in', () => {
    const shuffled = summariseFunding([...measures].reverse(), sections, ['ministry', 'inspectorate']);
    expect([...shuffled.measures.keys()]).toEqual(measures.map((m) => m.code));
  });
});
