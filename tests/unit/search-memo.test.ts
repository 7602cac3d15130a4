import { describe, expect, it } from 'vitest';
import { memoizeAsync, once } from '../../src/lib/search/memo.ts';

describe('memoizeAsync', () => {
  it('asks once per key and returns the same answer again', async () => {
    const asked: string[] = [];
    const search = memoizeAsync(async (key) => {
      asked.push(key);
      return key.length;
    }, 10);
    expect(await search('카프카')).toBe(3);
    expect(await search('카프카')).toBe(3);
    expect(await search('kafka')).toBe(5);
    expect(asked).toEqual(['카프카', 'kafka']);
  });

  it('drops the least recently used key past its size', async () => {
    const asked: string[] = [];
    const search = memoizeAsync(async (key) => asked.push(key), 2);
    await search('a');
    await search('b');
    await search('a'); // a is now the most recent
    await search('c'); // drops b
    await search('a');
    await search('b');
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });

  it('forgets a failed answer, so the next call asks again', async () => {
    let calls = 0;
    const search = memoizeAsync(async () => {
      calls++;
      if (calls === 1) throw new Error('network');
      return 'ok';
    }, 10);
    await expect(search('q')).rejects.toThrow('network');
    expect(await search('q')).toBe('ok');
    expect(calls).toBe(2);
  });
});

describe('once', () => {
  it('calls the loader on first use only', async () => {
    let calls = 0;
    const load = once(async () => ++calls);
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
    expect(await load()).toBe(1);
  });
});
