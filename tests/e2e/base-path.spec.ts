import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startStaticServer } from '../../scripts/lib/static-server.ts';

/**
 * The same site built for a sub-path (BASE_PATH=/infra-notes/, as on GitHub Pages) and served from a plain
 * static server under that path: every asset, link, search and copied link must carry the base.
 */
const base = '/infra-notes/';
let outDir: string;
let server: Server;
let root: string;

test.describe.configure({ mode: 'serial' });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  outDir = await mkdtemp(path.join(tmpdir(), 'infra-notes-base-'));
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`sub-path build failed:\n${build.stdout.slice(-2000)}\n${build.stderr.slice(-2000)}`);
  // Port 0: the system picks a free one, so parallel runs (and other servers on the machine) never clash.
  const started = await startStaticServer({ root: outDir, base, port: 0 });
  server = started.server;
  root = started.url;
});

test.afterAll(async () => {
  server?.close();
  await rm(outDir, { recursive: true, force: true });
});

test('under a sub-path every request stays under it and succeeds', async ({ page }) => {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith(base)) failures.push(`outside the base: ${request.url()}`);
  });
  await page.goto(root, { waitUntil: 'networkidle' });
  await page.locator('.card-title a', { hasText: 'Kafka 고가용성과 장애 처리' }).click();
  await expect(page).toHaveURL(`${root}messaging/kafka-reliability/`);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.diagram-canvas svg').first()).toBeVisible();
  await page.getByRole('navigation', { name: '주제 목록' }).getByRole('link', { name: '도커 (Docker)' }).click();
  await expect(page).toHaveURL(`${root}containers/docker/`);
  // The URL changes when the new page commits; its module script (which listens for "/") runs a moment later.
  await page.waitForLoadState('load');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '노트 검색' });
  await dialog.getByRole('searchbox').fill('카프카');
  const first = dialog.getByTestId('search-results').locator('a').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${base}messaging/kafka/`));
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${base}messaging/kafka/`));
  expect(failures).toEqual([]);
});

test('copied links and the sitemap carry the sub-path', async ({ page, request }) => {
  await page.goto(`${root}messaging/kafka-reliability/`);
  await page.getByRole('button', { name: '페이지 링크 복사' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^https?:\/\/[^/]+\/infra-notes\/messaging\/kafka-reliability\/$/);
  const sitemap = await (await request.get(`${root}sitemap.xml`)).text();
  expect(sitemap).toMatch(/<loc>https?:\/\/[^/]+\/infra-notes\/messaging\/kafka\/<\/loc>/);
});
