import { describe, expect, it } from 'vitest';
import { phaseTimes } from '#src/lib/server/phaseTimes.ts';

describe('phaseTimes', () => {
  it('gives each phase the time from the event before it, across processes, summing a phase that ends twice', () => {
    const log = [
      { phase: 'start', at: 1000 },
      { phase: 'checks', at: 1250 },
      { phase: 'content sync', at: 2000 },
      { phase: 'precompression', at: 2100 },
      { phase: 'search index', at: 2600 },
      { phase: 'precompression', at: 2650 },
    ]
      .map((event) => JSON.stringify(event))
      .join('\n');
    expect(phaseTimes(`${log}\n`)).toEqual({
      checks: 250,
      'content sync': 750,
      precompression: 150,
      'search index': 500,
    });
    expect(phaseTimes('')).toEqual({});
  });
});
