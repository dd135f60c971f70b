/** Geometry of a horizontal bar chart, computed at build time so no script draws it. */
export interface BarLayout {
  width: number;
  height: number;
  bars: { label: string; value: string; y: number; barX: number; barWidth: number; valueX: number; textY: number }[];
}

export interface BarChartOptions {
  /** Total width of the drawing in SVG units. */
  width?: number;
  /** Width reserved for the label column. */
  labelWidth?: number;
  /** Width reserved for the value text after the longest bar. */
  valueWidth?: number;
  rowHeight?: number;
}

/**
 * Positions of bars proportional to their values; the largest fills the space.
 *
 * @example barChartLayout([{ label: '1', value: '10 €', amount: 10 }]).bars[0].barWidth // the full bar width
 */
export function barChartLayout(
  rows: readonly { label: string; value: string; amount: number }[],
  { width = 640, labelWidth = 64, valueWidth = 120, rowHeight = 32 }: BarChartOptions = {},
): BarLayout {
  const max = Math.max(0, ...rows.map((row) => row.amount));
  const space = width - labelWidth - valueWidth;
  return {
    width,
    height: rows.length * rowHeight,
    bars: rows.map((row, index) => {
      const barWidth = max === 0 ? 0 : Math.max(1, Math.round((row.amount / max) * space));
      return {
        label: row.label,
        value: row.value,
        y: index * rowHeight + rowHeight * 0.2,
        barX: labelWidth,
        barWidth,
        valueX: labelWidth + barWidth + 8,
        textY: index * rowHeight + rowHeight * 0.65,
      };
    }),
  };
}
