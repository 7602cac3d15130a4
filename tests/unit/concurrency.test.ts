import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from '../../src/lib/concurrency.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapWithConcurrency', () => {
  it('keeps the items order in its results whatever order the calls finish in', async () => {
    const results = await mapWithConcurrency([30, 5, 20, 1, 10], 3, async (ms, index) => {
      await tick(ms);
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10']);
  });

  it('never has more than the limit in flight, and uses all of it', async () => {
    let running = 0;
    let most = 0;
    await mapWithConcurrency(
      Array.from({ length: 12 }, (_, index) => index),
      3,
      async (index) => {
        running++;
        most = Math.max(most, running);
        await tick(index % 4);
        running--;
      },
    );
    expect(most).toBe(3);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    const error = await mapWithConcurrency([0, 1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      await tick(1);
      if (item === 1) throw new Error('item 1 failed');
    }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('item 1 failed');
    expect(started).toEqual([0, 1, 2]);
  });

  it('handles no items and rejects a limit below one', async () => {
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
    await expect(mapWithConcurrency([1], 0, async () => 1)).rejects.toThrow(RangeError);
  });
});
