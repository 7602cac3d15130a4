import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { buildStages, type TimedRun, timedRun } from './timed-build.ts';

/**
 * The environment of a build of this site from `contentDir` with every cache of its own under `root`
 * (compiled notes, diagrams, cards, parsed pages, font slices, compressed files, Astro's own): empty caches make a cold
 * build, the same `root` again a warm one.
 */
export function siteBuildEnv(root: string, contentDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CI: '',
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: contentDir,
    MDX_CACHE_DIR: path.join(root, 'cache', 'mdx'),
    DIAGRAM_CACHE_DIR: path.join(root, 'cache', 'diagrams'),
    OG_CACHE_DIR: path.join(root, 'cache', 'og'),
    PRECOMPRESS_CACHE_DIR: path.join(root, 'cache', 'precompress'),
    PARSED_PAGES_CACHE_DIR: path.join(root, 'cache', 'pages'),
    FONT_CACHE_DIR: path.join(root, 'cache', 'fonts'),
    ASTRO_CACHE_DIR: path.join(root, 'cache', 'astro'),
  };
}

/** `npm run build` (the note check, then Astro) into `outDir`: wall time, peak memory and where the time went. */
export async function buildSite(env: NodeJS.ProcessEnv, outDir: string, logFile?: string): Promise<TimedRun & { stages: Array<{ stage: string; seconds: number }> }> {
  const run = await timedRun('npm', ['run', 'build', '--', '--outDir', outDir], { env, logFile });
  return { ...run, stages: buildStages(run.log, run.seconds) };
}

/** The edit of "one note changed": a sentence added to the end of its body. */
export function editNote(file: string): Promise<void> {
  return appendFile(file, '\n빌드 벤치마크가 본문을 바꾼 것을 확인하는 문장입니다.\n');
}
