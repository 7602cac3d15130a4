import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { categories } from '../../src/lib/categories.ts';

/**
 * Incremental builds (experimental.incrementalBuild + the topic pages' cacheKey, and the compiled-notes
 * cache, which `npm run check` shares) must be invisible in the output: a page copied from the last build, or rendered from a cached
 * compiled note, is byte-identical to one compiled and rendered from scratch. Runs on a copy of content/
 * with its own caches, so the edit below touches nothing of the project.
 */
let work: string;
/** A topic page's line in Astro's build log: `├─ /messaging/kafka/index.html (restored)` or `(+57ms)`. */
const topicPage = new RegExp(`/(?:${categories.map((category) => category.slug).join('|')})/[a-z0-9-]+/(?=index\\.html)`);

test.beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'infra-notes-incremental-'));
  await cp('content', path.join(work, 'content'), { recursive: true });
});
test.afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface BuildReport {
  restored: number;
  rendered: string[];
  /** Notes compiled from MDX in this build, and notes whose compiled form came from the cache. */
  compiled: number;
  compiledFromCache: number;
}

// An empty diagram cache too: the first build draws every diagram and the second must still reuse its
// pages (the renderer's counters once leaked into Astro's config hash and defeated exactly that).
const environment = (compiledNotesCache: string) => ({
  ...process.env,
  CONTENT_DIR: path.join(work, 'content'),
  ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
  DIAGRAM_CACHE_DIR: path.join(work, 'diagrams'),
  MDX_CACHE_DIR: path.join(work, compiledNotesCache),
  ASTRO_TELEMETRY_DISABLED: '1',
});

/** `npm run check` on the copy, sharing the builds' compiled-notes cache: how many notes it compiled and took from it. */
function check(): { compiled: number; cached: number } {
  const result = spawnSync(process.execPath, ['scripts/check-content.ts'], { env: environment('mdx'), encoding: 'utf8' });
  const counts = /노트 (\d+)개를 컴파일했고 (\d+)개는/.exec(result.stdout);
  if (result.status !== 0 || !counts) throw new Error(`check failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  return { compiled: Number(counts[1]), cached: Number(counts[2]) };
}

function build(outDir: string, { flags = [] as string[], compiledNotesCache = 'mdx' } = {}): BuildReport {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', path.join(work, outDir), ...flags], {
    env: environment(compiledNotesCache),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  const topicLines = result.stdout.split('\n').filter((line) => topicPage.test(line));
  const compiles = /노트 컴파일: (\d+)개를 새로 컴파일했고 (\d+)개는 캐시에서/.exec(result.stdout);
  if (!compiles) throw new Error(`no compile report in the build log:\n${result.stdout.slice(-2000)}`);
  return {
    compiled: Number(compiles[1]),
    compiledFromCache: Number(compiles[2]),
    restored: topicLines.filter((line) => line.includes('(restored)')).length,
    rendered: topicLines.filter((line) => !line.includes('(restored)')).map((line) => topicPage.exec(line)![0]),
  };
}

async function htmlFiles(outDir: string): Promise<Map<string, string>> {
  const root = path.join(work, outDir);
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(root, file), 'utf8')] as const)));
}

test('an unchanged note is copied from the last build, an edited one re-rendered, and the output equals a full build', async () => {
  test.setTimeout(500_000);
  const full = build('full');
  expect(full).toMatchObject({ compiledFromCache: 0, restored: 0 });
  expect(full.compiled).toBeGreaterThan(30);
  const again = build('again');
  expect(again.rendered).toEqual([]);
  expect(again.restored).toBeGreaterThan(30);
  expect(again).toMatchObject({ compiled: 0, compiledFromCache: full.compiled });
  expect(await htmlFiles('again')).toEqual(await htmlFiles('full'));

  const note = path.join(work, 'content', 'messaging', 'kafka.mdx');
  const source = await readFile(note, 'utf8');
  await writeFile(note, source.replace('높은 처리량, 실시간 데이터 처리', '높은 처리량, 실시간 데이터 처리, 증분 빌드 확인'));
  // `npm run build` runs the check first: it compiles the edited note only (the builds stored the others with
  // what the check needs), and the build takes that compiled note from it instead of compiling it again.
  expect(check()).toEqual({ compiled: 1, cached: full.compiled - 1 });
  const edited = build('edited');
  expect(edited.rendered).toEqual(['/messaging/kafka/']);
  expect(edited).toMatchObject({ compiled: 0, compiledFromCache: full.compiled });
  // Every page rendered again, every note from its cached compiled form…
  const forced = build('forced', { flags: ['--force'] });
  expect(forced).toMatchObject({ restored: 0, compiled: 0 });
  // …and every note compiled from scratch: all three agree byte for byte.
  const fresh = build('fresh', { flags: ['--force'], compiledNotesCache: 'mdx-empty' });
  expect(fresh).toMatchObject({ restored: 0, compiled: full.compiled, compiledFromCache: 0 });
  const editedHtml = await htmlFiles('edited');
  expect(editedHtml.get(path.join('messaging', 'kafka', 'index.html'))).toContain('증분 빌드 확인');
  expect(editedHtml).toEqual(await htmlFiles('forced'));
  expect(editedHtml).toEqual(await htmlFiles('fresh'));
});
