import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { categories } from '../../src/lib/categories.ts';

/**
 * Incremental builds (experimental.incrementalBuild + the topic pages' cacheKey) must be invisible in the
 * output: a page copied from the last build is byte-identical to one rendered from scratch. Runs on a copy
 * of content/ with its own Astro cache, so the edit below touches nothing of the project.
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

function build(outDir: string, ...flags: string[]): { restored: number; rendered: string[] } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', path.join(work, outDir), ...flags], {
    // An empty diagram cache too: the first build draws every diagram and the second must still reuse its
    // pages (the renderer's counters once leaked into Astro's config hash and defeated exactly that).
    env: {
      ...process.env,
      CONTENT_DIR: path.join(work, 'content'),
      ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
      DIAGRAM_CACHE_DIR: path.join(work, 'diagrams'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  const topicLines = result.stdout.split('\n').filter((line) => topicPage.test(line));
  return {
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
  test.setTimeout(400_000);
  build('full');
  const again = build('again');
  expect(again.rendered).toEqual([]);
  expect(again.restored).toBeGreaterThan(30);
  expect(await htmlFiles('again')).toEqual(await htmlFiles('full'));

  const note = path.join(work, 'content', 'messaging', 'kafka.mdx');
  const source = await readFile(note, 'utf8');
  await writeFile(note, source.replace('높은 처리량, 실시간 데이터 처리', '높은 처리량, 실시간 데이터 처리, 증분 빌드 확인'));
  const edited = build('edited');
  expect(edited.rendered).toEqual(['/messaging/kafka/']);
  const forced = build('forced', '--force');
  expect(forced.restored).toBe(0);
  const editedHtml = await htmlFiles('edited');
  expect(editedHtml.get(path.join('messaging', 'kafka', 'index.html'))).toContain('증분 빌드 확인');
  expect(editedHtml).toEqual(await htmlFiles('forced'));
});
