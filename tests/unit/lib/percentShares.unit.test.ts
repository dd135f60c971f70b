import { describe, expect, it } from 'vitest';
import { percentShares, shareOf } from '#src/lib/money/percentShares.ts';

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;

describe('percentShares', () => {
  it('adds up to exactly 100 where plain rounding does not', () => {
    const shares = percentShares([1, 1, 1]);
    expect(shares).toEqual([33.4, 33.3, 33.3]);
    expect(sum(shares)).toBe(100);
  });

  it('adds up to 100 for the 2023 measures', () => {
    const amounts = [8000, 46200, 29000, 10000, 15000, 40039, 2000, 50000, 80000, 3000];
    const shares = percentShares(amounts);
    expect(sum(shares)).toBe(100);
    // 80 000 of 283 239 is 28.2447%: rounded down to 28.2, then given one of the
    // four units left over, since its remainder (.447) is among the four largest.
    expect(shares[8]).toBe(28.3);
    // 3 000 is 1.0592%: also among the largest remainders.
    expect(shares[9]).toBe(1.1);
  });

  it('gives the leftover units to the largest remainders', () => {
    expect(percentShares([2, 1])).toEqual([66.7, 33.3]);
  });

  it('is all zeros when there is nothing to share', () => {
    expect(percentShares([0, 0])).toEqual([0, 0]);
  });

  it('honours the number of decimals', () => {
    expect(percentShares([1, 2], 0)).toEqual([33, 67]);
  });
});

describe('shareOf', () => {
  it('rounds one part to one decimal', () => {
    expect(shareOf(8000, 283239)).toBe(2.8);
    expect(shareOf(1, 0)).toBe(0);
  });
});
