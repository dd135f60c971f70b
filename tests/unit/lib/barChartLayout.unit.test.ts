import { describe, expect, it } from 'vitest';
import { barChartLayout } from '#src/lib/money/barChartLayout.ts';

describe('barChartLayout', () => {
  const rows = [
    { label: '1', value: '93 200 €', amount: 93200 },
    { label: '2', value: '190 039 €', amount: 190039 },
  ];

  it('gives the largest value the full width and the others in proportion', () => {
    const layout = barChartLayout(rows, { width: 600, labelWidth: 50, valueWidth: 150 });
    expect(layout.bars[1]?.barWidth).toBe(400);
    expect(layout.bars[0]?.barWidth).toBe(Math.round((93200 / 190039) * 400));
  });

  it('places each value just after its bar, one row under the other', () => {
    const layout = barChartLayout(rows, { rowHeight: 30 });
    expect(layout.height).toBe(60);
    const [first, second] = layout.bars;
    expect(first?.valueX).toBe((first?.barX ?? 0) + (first?.barWidth ?? 0) + 8);
    expect((second?.y ?? 0) - (first?.y ?? 0)).toBe(30);
  });

  it('draws nothing for all-zero values', () => {
    expect(barChartLayout([{ label: 'x', value: '0', amount: 0 }]).bars[0]?.barWidth).toBe(0);
  });
});
