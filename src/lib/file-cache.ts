import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The build's file caches (compiled notes, diagrams, cards, parsed pages, compressed files) mark an entry
 * as used by touching it, and delete what no build has used for a week, so a cache does not grow without
 * end as notes change.
 */
const unusedLifetimeMs = 7 * 24 * 60 * 60 * 1000;

let temporaryFiles = 0;

/**
 * Writes a cache entry under a temporary name and renames it into place, so an interrupted build never
 * leaves half an entry and two writers of one entry never interleave (the name is unique per process and call).
 */
export async function writeCacheFile(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${temporaryFiles++}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

/**
 * The JSON entry in `file` when there (and readable), marked used; otherwise `compute()`'s result, stored in
 * `file` for the next build. A failed computation is not stored: it fails again next time. `hit` says which.
 */
export async function cachedJson<T>(file: string, compute: () => T | Promise<T>): Promise<{ value: T; hit: boolean }> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as T;
    await markUsed(file);
    return { value, hit: true };
  } catch {
    const value = await compute();
    await writeCacheFile(file, JSON.stringify(value));
    return { value, hit: false };
  }
}

/** Marks cache files as used now. */
export async function markUsed(...files: string[]): Promise<void> {
  const now = new Date();
  await Promise.all(files.map((file) => utimes(file, now, now)));
}

/** Deletes the files under `cacheDir` not used for a week; returns how many went. */
export async function pruneUnused(cacheDir: string, now = Date.now()): Promise<number> {
  const cutoff = now - unusedLifetimeMs;
  let removed = 0;
  for (const entry of await readdir(cacheDir, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if ((await stat(file)).mtimeMs < cutoff) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
