import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Same notes, same lockfile, same bytes: a cold build on a machine whose every core is kept busy must write
 * exactly the files a cold build on a quiet machine writes. Anything that depends on timing shows up here:
 * ids numbered in render order (Mermaid's counters, shared by the diagrams a render page draws), Shiki's
 * per-line time limit, time limits that turn slow work into different output. Each build gets its own copy
 * of content/, its own output folder and its own empty caches, so nothing is shared between the two.
 */
let work: string;

test.beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'infra-notes-deterministic-'));
  await cp('content', path.join(work, 'content'), { recursive: true });
});
test.afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function coldBuild(name: string): number {
  const root = path.join(work, name);
  const cache = (folder: string) => path.join(root, 'cache', folder);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', path.join(root, 'dist')], {
    env: {
      ...process.env,
      CONTENT_DIR: path.join(work, 'content'),
      ASTRO_CACHE_DIR: cache('astro'),
      MDX_CACHE_DIR: cache('mdx'),
      DIAGRAM_CACHE_DIR: cache('diagrams'),
      OG_CACHE_DIR: cache('og'),
      PARSED_PAGES_CACHE_DIR: cache('pages'),
      PRECOMPRESS_CACHE_DIR: cache('precompress'),
      FONT_CACHE_DIR: cache('fonts'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${name} build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  expect(result.stdout).toMatch(/다이어그램 [1-9]\d*개를 새로 그렸고 0개는 캐시에서/);
  return Date.now() - started;
}

/** Busy loops in separate processes, one per core, for as long as the busy build runs. */
function saturateCores(): ChildProcess[] {
  return Array.from({ length: availableParallelism() }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

async function filesOf(dist: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return new Map(
    await Promise.all(
      names.map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dist, file), await readFile(file)] as const;
      }),
    ),
  );
}

test('a cold build on a busy machine writes every file byte for byte as a quiet one does', async () => {
  test.setTimeout(1_200_000);
  const quietMs = coldBuild('quiet');
  const busy = saturateCores();
  let busyMs: number;
  try {
    busyMs = coldBuild('busy');
  } finally {
    for (const child of busy) child.kill('SIGKILL');
  }
  console.log(`cold builds: quiet ${(quietMs / 1000).toFixed(1)} s, busy (${busy.length} busy-loop processes) ${(busyMs / 1000).toFixed(1)} s`);

  const quiet = await filesOf(path.join(work, 'quiet', 'dist'));
  const loaded = await filesOf(path.join(work, 'busy', 'dist'));
  expect([...loaded.keys()].sort()).toEqual([...quiet.keys()].sort());
  const differing = [...quiet].filter(([file, bytes]) => !bytes.equals(loaded.get(file)!)).map(([file]) => file);
  expect(differing).toEqual([]);
  // The comparison covered what matters: pages with sequence diagrams and highlighted code, cards, compressed twins.
  const names = [...quiet.keys()];
  expect(names.filter((file) => file.endsWith('index.html')).length).toBeGreaterThan(40);
  expect(names.some((file) => file.endsWith('.jpg'))).toBe(true);
  expect(names.some((file) => file.endsWith('.html.br'))).toBe(true);
  const caching = quiet.get(path.join('data', 'caching', 'index.html'))!.toString('utf8');
  expect(caching).toMatch(/aria-roledescription="sequence"/);
  expect(caching).toContain('--shiki-light');
});
