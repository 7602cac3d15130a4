import { readFile, readdir } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { hasBrotli, nginxBinary, startNginx } from '../../scripts/lib/nginx.ts';

/**
 * deploy/nginx.conf, tested for real: Debian's nginx serves the built dist/ on 127.0.0.1 with exactly that
 * server block (scripts/lib/nginx.ts points only root, listen and the headers snippet at this checkout).
 */
const port = 4339;
const origin = `http://127.0.0.1:${port}`;
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;

test.describe.configure({ mode: 'serial' });
test.skip(!nginxBinary, 'nginx가 없어 건너뜁니다: Debian에서 apt-get install -y nginx (CI의 .ci/run이 설치합니다).');

test.beforeAll(async () => {
  nginx = await startNginx('dist', port);
});

test.afterAll(async () => {
  await nginx?.stop();
});

const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${origin}${pathname}`, { headers, redirect: 'manual' });

test('cache headers by kind of file: hashed assets immutable, pages and the search index revalidated', async () => {
  const page = await get('/messaging/kafka/');
  expect(page.status).toBe(200);
  expect(page.headers.get('cache-control')).toBe('no-cache');
  const asset = /\/_astro\/[^"]+\.css/.exec(await page.text())![0];
  expect((await get(asset)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect((await get('/pagefind/pagefind.js')).headers.get('cache-control')).toBe('no-cache');
  expect((await get('/og/index.jpg')).headers.get('cache-control')).toBe('public, max-age=86400, must-revalidate');
});

test('every response carries the CSP of this build and the security headers', async () => {
  const html = await (await get('/messaging/kafka/')).text();
  const metaPolicy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replace(/&#39;|&apos;/g, "'");
  for (const pathname of ['/', '/messaging/kafka/', '/pagefind/pagefind.js', '/no/such/page/']) {
    const response = await get(pathname);
    const policy = response.headers.get('content-security-policy')!;
    expect(policy, pathname).toContain(metaPolicy.split('; ')[1]!); // the same script-src with hashes
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  }
});

test('an unknown address gets the site 404 page with status 404, and /_headers is not served', async () => {
  const missing = await get('/no/such/page/');
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain('페이지를 찾을 수 없습니다');
  expect((await get('/_headers')).status).toBe(404);
});

test('Korean URLs and Pagefind files are served with the right types, compressed where it helps', async () => {
  const korean = await get(`/tags/${encodeURIComponent('메시징')}/`);
  expect(korean.status).toBe(200);
  expect(korean.headers.get('content-type')).toMatch(/^text\/html/);
  const entry = JSON.parse(await readFile('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { hash: string }> };
  const { hash } = entry.languages.ko!;
  const [indexFile] = (await readdir('dist/pagefind/index')).filter((name) => name.endsWith('.pf_index'));
  const [fragmentFile] = (await readdir('dist/pagefind/fragment')).filter((name) => name.endsWith('.pf_fragment'));
  for (const pathname of [`/pagefind/pagefind.${hash}.pf_meta`, `/pagefind/index/${indexFile}`, `/pagefind/fragment/${fragmentFile}`, '/pagefind/wasm.unknown.pagefind']) {
    const response = await get(pathname);
    expect(response.status, pathname).toBe(200);
    expect(response.headers.get('content-type'), pathname).toBe('application/octet-stream');
  }
  const gzipped = await get('/messaging/kafka/', { 'Accept-Encoding': 'gzip' });
  expect(gzipped.headers.get('content-encoding')).toBe('gzip');
  if (hasBrotli) {
    expect((await get('/messaging/kafka/', { 'Accept-Encoding': 'br' })).headers.get('content-encoding')).toBe('br');
  }
  const js = await get('/pagefind/pagefind.js', { 'Accept-Encoding': 'gzip' });
  expect(js.headers.get('content-type')).toMatch(/javascript/);
});

test('through nginx: a percent-encoded anchor lands and search works in Chromium', async ({ page }) => {
  await page.goto(`${origin}/messaging/kafka-reliability/#${encodeURIComponent('리더-선출')}`);
  await expect(page.locator('[id="리더-선출"]')).toBeInViewport();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '노트 검색' });
  await dialog.getByRole('searchbox').fill('카프카에서');
  await expect(dialog.getByTestId('search-results').locator('.search-result-title').first()).toHaveText('카프카 (Kafka)');
});
