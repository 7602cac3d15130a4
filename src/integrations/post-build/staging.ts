import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * A build is written next to its output folder, in `.<name>.next`, and swapped in only when every step
 * passed: a failed build leaves the previous `dist/` as it was, for the preview server, nginx or a deploy
 * that reads it. Same parent folder, so the swap is two renames on one file system.
 */
export function stagingDirFor(outDir: string): string {
  const resolved = path.resolve(outDir);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.next`);
}

/** Replaces `outDir` with the finished staging folder; the old output is moved aside, then deleted. */
export async function publishStaged(stagingDir: string, outDir: string): Promise<void> {
  const resolved = path.resolve(outDir);
  const previous = path.join(path.dirname(resolved), `.${path.basename(resolved)}.old`);
  await rm(previous, { recursive: true, force: true });
  if (existsSync(resolved)) await rename(resolved, previous);
  await rename(stagingDir, resolved);
  await rm(previous, { recursive: true, force: true });
}
