import { describe, expect, it } from 'vitest';
import { mapConcurrent } from '#src/integrations/mapConcurrent.ts';

describe('mapConcurrent', () => {
  it('keeps the items’ order whatever order the work finishes in', async () => {
    const delays = [30, 0, 20, 10, 0];
    const out = await mapConcurrent(delays, 2, async (ms, i) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return `${i}:${ms}`;
    });
    expect(out).toEqual(['0:30', '1:0', '2:20', '3:10', '4:0']);
  });

  it('never runs more than the limit at once, and runs up to it', async () => {
    let running = 0;
    let most = 0;
    await mapConcurrent(
      Array.from({ length: 20 }, (_, i) => i),
      3,
      async () => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
      },
    );
    expect(most).toBe(3);
  });

  it('passes a failure on', async () => {
    await expect(
      mapConcurrent([1, 2], 2, async (n) => {
        if (n === 2) throw new Error('no');
        return n;
      }),
    ).rejects.toThrow('no');
  });

  it('handles no items', async () => {
    expect(await mapConcurrent([], 4, async () => 1)).toEqual([]);
  });
});
