import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../../src/lib/precompress.ts';

const folders: string[] = [];
async function folder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'precompress-'));
  folders.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('precompress', () => {
  it('writes .gz and .br that decompress to the file, skips small files, and reuses unchanged ones', async () => {
    const [dist, cache] = [await folder(), await folder()];
    const page = `<!doctype html><p>${'카프카 파티션과 컨슈머 그룹. '.repeat(200)}</p>`;
    await writeFile(path.join(dist, 'index.html'), page);
    await writeFile(path.join(dist, 'small.css'), 'a{}');
    await writeFile(path.join(dist, 'image.png'), Buffer.alloc(4096));

    const first = await precompress(dist, cache);
    expect(first).toMatchObject({ files: 1, cached: 0 });
    expect(gunzipSync(await readFile(path.join(dist, 'index.html.gz'))).toString()).toBe(page);
    expect(brotliDecompressSync(await readFile(path.join(dist, 'index.html.br'))).toString()).toBe(page);
    await expect(readFile(path.join(dist, 'small.css.gz'))).rejects.toThrow();
    await expect(readFile(path.join(dist, 'image.png.gz'))).rejects.toThrow();

    // A fresh build with the same bytes takes them from the cache; changed bytes are compressed again.
    const next = await folder();
    await writeFile(path.join(next, 'index.html'), page);
    await writeFile(path.join(next, 'other.html'), `${page}<p>바뀐 페이지</p>`);
    const second = await precompress(next, cache);
    expect(second).toMatchObject({ files: 2, cached: 1 });
    expect(gunzipSync(await readFile(path.join(next, 'other.html.gz'))).toString()).toContain('바뀐 페이지');
  });
});
