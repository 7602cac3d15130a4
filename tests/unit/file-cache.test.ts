import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedJson, markUsed, pruneUnused, writeCacheFile } from '../../src/lib/file-cache.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'file-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const day = 24 * 60 * 60 * 1000;
async function entry(name: string, ageDays: number): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, name);
  const time = new Date(Date.now() - ageDays * day);
  await utimes(file, time, time);
  return file;
}

describe('build file caches', () => {
  it('delete entries unused for over a week, in nested folders too, and keep the rest', async () => {
    await entry('ab/old.json', 8);
    await entry('ab/recent.json', 6);
    await entry('cd/fresh.json', 0);
    expect(await pruneUnused(dir)).toBe(1);
    expect((await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.json')).sort()).toEqual(['ab/recent.json', 'cd/fresh.json']);
  });

  it('keep an old entry a build has just used', async () => {
    const used = await entry('used.json', 30);
    await entry('unused.json', 30);
    await markUsed(used);
    expect(await pruneUnused(dir)).toBe(1);
    expect(await readdir(dir)).toEqual(['used.json']);
  });

  it('treat a missing cache folder as empty', async () => {
    expect(await pruneUnused(path.join(dir, 'never-created'))).toBe(0);
  });

  it('write entries whole, creating their folder, and leave no temporary file behind', async () => {
    const file = path.join(dir, 'ef', 'entry.json');
    // Many writers of one entry at once (two pages drawing the same card): the last whole write wins.
    await Promise.all(Array.from({ length: 20 }, (_, index) => writeCacheFile(file, JSON.stringify({ index, body: 'x'.repeat(100_000) }))));
    expect(JSON.parse(await readFile(file, 'utf8')).body).toHaveLength(100_000);
    expect(await readdir(path.join(dir, 'ef'))).toEqual(['entry.json']);
  });

  it('compute a JSON entry once, then read it back; a failed or unreadable entry is computed again', async () => {
    const file = path.join(dir, 'gh', 'entry.json');
    let calls = 0;
    const compute = () => ({ calls: ++calls });
    await expect(cachedJson(file, () => Promise.reject(new Error('broken note')))).rejects.toThrow('broken note');
    expect(await cachedJson(file, compute)).toEqual({ value: { calls: 1 }, hit: false });
    expect(await cachedJson(file, compute)).toEqual({ value: { calls: 1 }, hit: true });
    await writeFile(file, '{"calls": 1');
    expect(await cachedJson(file, compute)).toEqual({ value: { calls: 2 }, hit: false });
  });
});
