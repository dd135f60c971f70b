import { describe, expect, it } from 'vitest';
import { codeToSlug, parentCode, slugToCode } from '#src/lib/codes/codeSlug.ts';
import { compareCodes } from '#src/lib/codes/compareCodes.ts';
import { formatCodeList } from '#src/lib/codes/formatCodeList.ts';
import { neighbours } from '#src/lib/codes/neighbours.ts';
import { resultAnchor } from '#src/lib/codes/resultAnchor.ts';

describe('compareCodes', () => {
  it('orders numbers as the document does', () => {
    const codes = ['2.3', '2.10', '1.1', '2.1.2', '2', '2.2.1', '2.9', '1.4'];
    expect(codes.sort(compareCodes)).toEqual(['1.1', '1.4', '2', '2.1.2', '2.2.1', '2.3', '2.9', '2.10']);
  });
});

describe('code slugs', () => {
  it('turns dots into dashes and back', () => {
    expect(codeToSlug('2.1.2')).toBe('2-1-2');
    expect(slugToCode('2-1-2')).toBe('2.1.2');
  });

  it('finds the parent number', () => {
    expect(parentCode('2.1.2')).toBe('2.1');
    expect(parentCode('2.3')).toBe('2');
    expect(parentCode('1')).toBeUndefined();
  });
});

describe('formatCodeList', () => {
  it('writes Latvian ordinals with a closing dot and "un"', () => {
    expect(formatCodeList(['1.2', '1.3', '2.2.2'], 'lv')).toBe('1.2., 1.3. un 2.2.2.');
  });

  it('writes English with "and"', () => {
    expect(formatCodeList(['1.1', '2.1.1', '2.3'], 'en')).toBe('1.1, 2.1.1 and 2.3');
    expect(formatCodeList(['1.1'], 'en')).toBe('1.1');
  });
});

describe('neighbours', () => {
  it('has no previous at the start and no next at the end', () => {
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ previous: 'b', next: undefined });
  });
});

describe('resultAnchor', () => {
  it('counts results from 1 as the source does', () => {
    expect(resultAnchor(0)).toBe('result-1');
    expect(resultAnchor(4)).toBe('result-5');
  });
});
