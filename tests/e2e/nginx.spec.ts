import { readdir, readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { hasBrotli, nginxBinary, startNginx } from '../../scripts/lib/nginx.ts';

/**
 * deploy/nginx.conf, tested for real: Debian's nginx serves the built dist/ on 127.0.0.1 with exactly that
 * server block (scripts/lib/nginx.ts points only root, listen and the headers snippet at this checkout).
 * NGINX_TEST_PORT moves it off the default port; REQUIRE_NGINX=1 (set by .ci/run) turns a missing nginx
 * into a failure instead of a skip.
 */
const port = Number(process.env.NGINX_TEST_PORT ?? 4339);
const origin = `http://127.0.0.1:${port}`;
const required = process.env.REQUIRE_NGINX === '1';
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;

test.describe.configure({ mode: 'serial' });
test.skip(!nginxBinary && !required, 'nginx가 없어 건너뜁니다: sudo apt-get install -y nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static (.ci/run이 설치합니다).');

test.beforeAll(async () => {
  nginx = await startNginx('dist', port);
});

test.afterAll(async () => {
  await nginx?.stop();
});

const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${origin}${pathname}`, { headers, redirect: 'manual' });

/** The response's header lines as sent (fetch would join a repeated header into one value). */
function rawResponse(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; lines: Array<[string, string]> }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}${pathname}`, { headers, agent: false }, (response) => {
      const lines: Array<[string, string]> = [];
      for (let i = 0; i < response.rawHeaders.length; i += 2) lines.push([response.rawHeaders[i]!.toLowerCase(), response.rawHeaders[i + 1]!]);
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode!, lines }));
    });
    request.on('error', reject);
    request.end();
  });
}

const repeated = (lines: Array<[string, string]>) => lines.map(([name]) => name).filter((name, i, names) => names.indexOf(name) !== i);

test('cache headers by kind of file: hashed assets immutable, cards a day, pages and everything search reads revalidated', async () => {
  const page = await get('/messaging/kafka/');
  expect(page.status).toBe(200);
  expect(page.headers.get('cache-control')).toBe('no-cache');
  const asset = /\/_astro\/[^"]+\.css/.exec(await page.text())![0];
  expect((await get(asset)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect((await get('/og/index.jpg')).headers.get('cache-control')).toBe('public, max-age=86400, must-revalidate');
  // The term index and Pagefind's entry, script and index change together with the pages at each deploy.
  const { hash } = (JSON.parse(await readFile('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { hash: string }> }).languages.ko!;
  for (const pathname of ['/search-terms.json', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', `/pagefind/pagefind.${hash}.pf_meta`, '/sitemap.xml', '/']) {
    const response = await get(pathname);
    expect(response.status, pathname).toBe(200);
    expect(response.headers.get('cache-control'), pathname).toBe('no-cache');
  }
  // A missing asset gets the 404 page, which must not be cached for a year under the asset's name.
  const missingAsset = await get('/_astro/no-such-file.css');
  expect(missingAsset.status).toBe(404);
  expect(missingAsset.headers.get('cache-control')).toBe('no-cache');
});

test('HSTS on every response, pages, assets and errors alike', async () => {
  const page = await get('/messaging/kafka/');
  const asset = /\/_astro\/[^"]+\.css/.exec(await page.text())![0];
  for (const pathname of ['/', '/messaging/kafka/', asset, '/pagefind/pagefind.js', '/search-terms.json', '/no/such/page/']) {
    const value = (await get(pathname)).headers.get('strict-transport-security');
    expect(value, pathname).toMatch(/^max-age=\d+/);
    expect(Number(/max-age=(\d+)/.exec(value!)![1]), pathname).toBeGreaterThanOrEqual(180 * 24 * 3600);
  }
});

test('redirects to the trailing-slash address carry only the path, never the internal host or port', async () => {
  for (const [pathname, location] of [
    ['/messaging', '/messaging/'],
    ['/messaging/kafka', '/messaging/kafka/'],
    [`/tags/${encodeURIComponent('메시징')}`, `/tags/${encodeURIComponent('메시징')}/`],
  ]) {
    const response = await get(pathname!);
    expect(response.status, pathname).toBe(301);
    expect(response.headers.get('location'), pathname).toBe(location);
  }
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

test('an unknown address gets the site 404 page with status 404', async () => {
  const missing = await get('/no/such/page/');
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain('페이지를 찾을 수 없습니다');
});

test('folders without an index.html get the site 404 page, not a bare 403', async () => {
  for (const pathname of ['/_astro/', '/og/', '/pagefind/', '/pagefind/index/', '/_astro/fonts/']) {
    const response = await get(pathname);
    expect(response.status, pathname).toBe(404);
    expect(await response.text(), pathname).toContain('페이지를 찾을 수 없습니다');
    expect(response.headers.get('content-security-policy'), pathname).toContain("frame-ancestors 'none'");
  }
});

test('/_headers and its compressed twins are not served', async () => {
  for (const pathname of ['/_headers', '/_headers.gz', '/_headers.br']) {
    const response = await get(pathname, { 'Accept-Encoding': 'gzip, br' });
    expect(response.status, pathname).toBe(404);
    expect(await response.text(), pathname).toContain('페이지를 찾을 수 없습니다');
  }
});

test('no header is sent twice: on a page, a 404, a 304, a 412, and a range past the end of the file (which would be a 416)', async () => {
  const page = await rawResponse('/messaging/kafka/', { 'Accept-Encoding': 'gzip' });
  expect(page.status).toBe(200);
  expect(repeated(page.lines)).toEqual([]);
  const etag = page.lines.find(([name]) => name === 'etag')![1];
  const cases: Array<[string, Record<string, string>, number]> = [
    ['/no/such/page/', {}, 404],
    ['/messaging/kafka/', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag }, 304],
    ['/search-terms.json', { 'If-Match': '"not-this-one"' }, 412],
    // nginx's range filter would make this a 416 after add_header ran, repeating every header; the
    // config turns ranges off, so the whole file comes back.
    ['/search-terms.json', { Range: 'bytes=999999999-' }, 200],
    ['/og/index.jpg', { Range: 'bytes=999999999-' }, 200],
    ['/og/index.jpg', { Range: 'bytes=0-10' }, 200],
  ];
  for (const [pathname, headers, status] of cases) {
    const response = await rawResponse(pathname, headers);
    const label = `${pathname} ${JSON.stringify(headers)}`;
    expect(response.status, label).toBe(status);
    expect(repeated(response.lines), label).toEqual([]);
    const names = response.lines.map(([name]) => name);
    expect(names, label).toContain('content-security-policy');
    expect(names, label).toContain('strict-transport-security');
  }
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
  if (hasBrotli || required) {
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

test('a section share address is a page of its own (200, not a redirect a crawler would follow), precompressed, noindex', async () => {
  const address = `/messaging/kafka-reliability/${encodeURIComponent('리더-선출')}/`;
  const response = await get(address, { 'Accept-Encoding': 'gzip' });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  expect(response.headers.get('content-encoding')).toBe('gzip');
  const html = await response.text();
  expect(html).toMatch(/<meta property="og:title" content="[^"]+ › 리더 선출">/);
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
  // Without the trailing slash nginx sends the reader to it, as for every page.
  expect((await get(address.slice(0, -1))).status).toBe(301);
});
