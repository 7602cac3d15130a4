// Runs parseFiles for readBuiltSite on another core; see built-site.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { parseFiles } from './built-site.ts';

const { distDir, files, base, cacheDir } = workerData as { distDir: string; files: string[]; base: string; cacheDir?: string };
parentPort!.postMessage(await parseFiles(distDir, files, base, cacheDir));
