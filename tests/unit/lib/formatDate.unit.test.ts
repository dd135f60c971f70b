import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from '#src/lib/format/formatDate.ts';

describe('formatDate', () => {
  it('writes a date as readers of each language do', () => {
    const date = new Date('2022-12-06T00:00:00Z');
    expect(formatDate(date, 'lv')).toBe('2022. gada 6. decembris');
    expect(formatDate(date, 'en')).toBe('6 December 2022');
  });

  it('takes the UTC day, so a build in any time zone prints the same day', () => {
    const lateUtc = new Date('2023-03-31T23:30:00Z');
    expect(formatDate(lateUtc, 'en')).toBe('31 March 2023');
    expect(formatDate(lateUtc, 'lv')).toBe('2023. gada 31. marts');
    expect(isoDay(lateUtc)).toBe('2023-03-31');
  });

  it('gives each language its own words after the other has been used', () => {
    const date = new Date('2024-01-15T12:00:00Z');
    expect([formatDate(date, 'en'), formatDate(date, 'lv'), formatDate(date, 'en')]).toEqual([
      '15 January 2024',
      '2024. gada 15. janvāris',
      '15 January 2024',
    ]);
  });
});
