import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isSharePage } from '../../src/lib/share-pages.ts';
import { directorySize } from './directory-size.ts';

/**
 * The sections' share pages in a build (issue 17's budget: ≤ 15 % of dist/, ≤ 10 % of the warm build):
 * their bytes with the precompressed twins, their share of dist/, and the share-pages step's time from the
 * build's log, e.g. `12000 × 52.1 MB (14.2 %), 3.1 s`.
 */
export async function sharePagesSize(outDir: string, logFile: string): Promise<string> {
  let count = 0;
  let bytes = 0;
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = path.join(entry.parentPath, entry.name);
    if (!isSharePage(await readFile(file, 'utf8'))) continue;
    count++;
    for (const twin of [file, `${file}.gz`, `${file}.br`]) bytes += (await stat(twin).catch(() => ({ size: 0 }))).size;
  }
  const share = bytes / (await directorySize(outDir));
  const stepMs = Number(/절 공유 주소: .* (\d+) ms에 썼습니다/.exec(await readFile(logFile, 'utf8').catch(() => ''))?.[1] ?? Number.NaN);
  return `${count} × ${(bytes / 1024 / 1024).toFixed(1)} MB (${(share * 100).toFixed(1)} %), ${(stepMs / 1000).toFixed(1)} s`;
}
