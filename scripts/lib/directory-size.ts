import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Total bytes of the files under `dir`; `skip` leaves out files by name (e.g. precompressed twins). */
export async function directorySize(dir: string, skip?: RegExp): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !skip?.test(entry.name)) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}
