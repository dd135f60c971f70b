import { describe, expect, it } from 'vitest';
import { formatMoney, moneyValue } from '#src/lib/money/formatMoney.ts';
import { formatPercent } from '#src/lib/money/formatPercent.ts';
import { summariseFunding } from '#src/lib/money/summariseFunding.ts';
import { lookup } from '#src/lib/content/lookup.ts';
import { rankBySubtotal } from '#src/lib/money/rankBySubtotal.ts';
import { fromCents, toCents } from '#src/lib/money/toCents.ts';

// Intl separates thousands with a no-break space; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each([
    [8000, 'lv', '8 000 €'],
    [283239, 'lv', '283 239 €'],
    [46199.61, 'lv', '46 199,61 €'],
    [8000, 'en', '€8,000'],
    [283239, 'en', '€283,239'],
    [46199.61, 'en', '€46,199.61'],
    [0, 'en', '€0'],
  ] as const)('%s in %s is %s', (amount, locale, expected) => {
    expect(plain(formatMoney(amount, locale))).toBe(expected);
  });

  it('keeps groups together with a no-break space', () => {
    expect(formatMoney(8000, 'lv')).not.toContain(' ');
  });

  it('gives <data> a dot-decimal value', () => {
    expect(moneyValue(46199.61)).toBe('46199.61');
    expect(moneyValue(8000)).toBe('8000');
  });
});

describe('formatPercent', () => {
  it('writes one decimal in the language’s style', () => {
    expect(plain(formatPercent(2.8, 'lv'))).toBe('2,8%');
    expect(formatPercent(2.8, 'en')).toBe('2.8%');
    expect(formatPercent(100, 'en')).toBe('100.0%');
  });
});

describe('cents', () => {
  it('round-trips amounts with cents', () => {
    expect(toCents(46199.61)).toBe(4619961);
    expect(fromCents(4619961)).toBe(46199.61);
  });

  it('adds without floating-point drift', () => {
    const total = (amounts: number[]) =>
      summariseFunding(
        amounts.map((amount, i) => ({ code: `1.${i + 1}`, section: '1', administrator: 'a', amount })),
        [{ code: '1', parent: undefined }],
        ['a'],
      ).total;
    expect(total([0.1, 0.2])).toBe(0.3);
    expect(total([19799.84, 46199.61])).toBe(65999.45);
    expect(total([])).toBe(0);
  });
});

describe('lookup', () => {
  it('returns the value, and throws on a missing key instead of defaulting to 0', () => {
    const totals = new Map([['ministry', 255239]]);
    expect(lookup(totals, 'ministry', 'subtotal of')).toBe(255239);
    expect(() => lookup(totals, 'inspectorate', 'subtotal of')).toThrow('No subtotal of "inspectorate"');
  });
});

describe('rankBySubtotal', () => {
  it('puts the largest subtotal first, ties by id, and refuses an id without one', () => {
    const subtotals = new Map([
      ['b', { total: 10 }],
      ['a', { total: 10 }],
      ['c', { total: 20 }],
    ]);
    expect(rankBySubtotal(['a', 'b', 'c'], subtotals)).toEqual(['c', 'a', 'b']);
    expect(() => rankBySubtotal(['a', 'x'], subtotals)).toThrow('"x"');
  });
});
