import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { absoluteUrl } from '../../src/config/site.ts';
import { builtPages, sharePages } from './helpers.ts';

/**
 * Section share addresses (issue 17): a fragment-less address per section that a chat app previews as the
 * section, that lands a browser on the section, and that the copy button hands out in two forms.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Sections on several pages: a heading to click, and the id it has. */
const samples = [
  { page: 'messaging/kafka-reliability/', heading: '리더 선출', id: '리더-선출' },
  { page: 'messaging/kafka/', heading: 'Consumer Group', id: 'consumer-group' },
  { page: 'api/grpc/', heading: '작동 방식', id: '작동-방식' },
  { page: 'data/redis/', heading: '주요 사용처', id: '주요-사용처' },
];

/** The copied absolute address, on the test server instead of the public site. */
const local = (copied: string, baseURL: string) => new URL(encodeURI(copied.slice(absoluteUrl('/').length)), baseURL).href;

async function copySection(page: Page, heading: string, expected: string) {
  const target = page.getByRole('heading', { name: heading, exact: true });
  await target.hover();
  await page.getByRole('button', { name: `‘${heading}’ 절 링크 복사` }).click();
  // The copy is asynchronous: read once it has landed.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : '');
    return { text: await read('text/plain'), html: await read('text/html') };
  });
}

test('copied section links preview as their section to a plain HTTP client and land the browser on it', async ({ page, baseURL }) => {
  test.setTimeout(240_000); // four pages, each copied, fetched and opened
  for (const sample of samples) {
    await page.goto(sample.page);
    const pageTitle = await page.locator('article').getAttribute('data-page-title');
    const { text, html } = await copySection(page, sample.heading, absoluteUrl(`/${sample.page}${sample.id}/`));
    // Readable text: Hangul as written, no fragment, no percent signs.
    expect(text).toBe(absoluteUrl(`/${sample.page}${sample.id}/`));
    expect(text).not.toContain('#');
    // Rich text: a link labelled "페이지 제목 › 절 제목".
    const label = `${pageTitle} › ${sample.heading}`;
    expect(html).toContain(`>${label}</a>`);
    expect(html).toContain(`href="${encodeURI(text)}"`);

    // What a crawler does: fetch the address without JavaScript and read its Open Graph tags.
    const response = await fetch(local(text, baseURL!), { redirect: 'manual' });
    expect(response.status, text).toBe(200);
    const body = await response.text();
    expect(body).toContain(`<meta property="og:title" content="${label}">`);
    expect(body).toContain(`<meta name="twitter:title" content="${label}">`);
    expect(body).toMatch(/<meta property="og:description" content="[^"]{10,}">/);
    expect(body).toContain(`<link rel="canonical" href="${encodeURI(absoluteUrl(`/${sample.page}`))}#${encodeURIComponent(sample.id)}">`);

    // What a reader's browser does: open it and find the section at the top of the window.
    await page.goto(local(text, baseURL!));
    await page.waitForURL((url) => url.hash !== '');
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(new URL(sample.page, baseURL).pathname);
    const heading = page.locator(`[id="${sample.id}"]`);
    await expect(heading).toBeInViewport();
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(80);
  }
});

test('a share address lands on its section with JavaScript off too, and shows a plain link while it does', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const address = `messaging/kafka-reliability/${encodeURIComponent('리더-선출')}/`;
  const response = await page.request.get(address);
  expect(await response.text()).toContain('‘리더 선출’ 절로 가기</a>');
  await page.goto(address);
  await page.waitForURL((url) => url.hash === `#${encodeURIComponent('리더-선출')}`);
  await expect(page.locator('[id="리더-선출"]')).toBeInViewport();
  await context.close();
});

test('every share page: Korean, under the site CSP, noindex, a card, canonical to page#id; none in the sitemap or the search index', async ({ request }) => {
  test.setTimeout(180_000); // reads every share page of the build
  const shares = sharePages();
  const pages = new Set(builtPages());
  expect(shares.length).toBeGreaterThan(250);
  for (const share of shares) {
    const html = await readFile(path.join('dist', share, 'index.html'), 'utf8');
    const [, pagePath, id] = /^(.*\/)([^/]+)\/$/.exec(share)!;
    expect(pages.has(pagePath!), share).toBe(true);
    expect(html, share).toMatch(/^<!DOCTYPE html><html lang="ko" data-share-page>/);
    expect(html, share).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/);
    expect(html, share).toContain('<meta name="robots" content="noindex">');
    expect(html, share).toMatch(/<meta property="og:title" content="[^"]+ › [^"]+">/);
    expect(html, share).toMatch(/<meta property="og:image" content="https:\/\/[^"]+\.jpg">/);
    expect(html, share).toContain(`<link rel="canonical" href="${encodeURI(absoluteUrl(`/${pagePath}`))}#${encodeURIComponent(id!)}">`);
  }
  const sitemap = await (await request.get('sitemap.xml')).text();
  expect(sitemap).not.toContain(encodeURI(absoluteUrl(`/${shares[0]}`)));
  const entry = JSON.parse(await readFile('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { page_count: number }> };
  expect(entry.languages.ko!.page_count).toBeLessThan(pages.size);
});

test('on a phone (390 px, touch) the copy button shows beside each heading and "공유" opens the share sheet', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    (window as unknown as { shared: ShareData[] }).shared = shared;
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
  });
  await page.goto('messaging/kafka-reliability/');
  const copy = page.getByRole('button', { name: '‘리더 선출’ 절 링크 복사' });
  const share = page.getByRole('button', { name: '‘리더 선출’ 절 공유' });
  await share.scrollIntoViewIfNeeded();
  await expect(copy).toBeVisible();
  await expect(share).toBeVisible();
  // The heading and its buttons stay inside the phone's width.
  const right = await share.evaluate((element) => element.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(390);
  await share.tap();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
    .toEqual([{ title: 'Kafka 고가용성과 장애 처리 › 리더 선출', url: encodeURI(absoluteUrl('/messaging/kafka-reliability/리더-선출/')) }]);
  await context.close();
});

test('without a share sheet (a desktop) the "공유" buttons stay hidden', async ({ page }) => {
  await page.goto('messaging/kafka-reliability/');
  await expect(page.locator('[data-share-link]').first()).toBeHidden();
});

/**
 * The registry half, through a real build: a heading renamed with its old id kept as an alias keeps its
 * published share address, which now carries the new title and lands on the renamed heading.
 */
test('renaming a heading keeps its old share address working through its alias', async () => {
  test.setTimeout(500_000);
  const work = await mkdtemp(path.join(tmpdir(), 'infra-notes-share-'));
  try {
    await cp('content', path.join(work, 'content'), { recursive: true });
    const note = path.join(work, 'content', 'messaging', 'kafka-reliability.mdx');
    const source = await readFile(note, 'utf8');
    const renamed = source.replace(/^### 리더 선출$/m, '### 리더 선정 절차 {/* #리더-선정-절차 alias:리더-선출 */}');
    expect(renamed).not.toBe(source);
    await writeFile(note, renamed);
    const outDir = path.join(work, 'dist');
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      // CI='' lets this build add the new id to its own copy of the registry (CI only verifies it).
      env: { ...process.env, CI: '', CONTENT_DIR: path.join(work, 'content'), ASTRO_CACHE_DIR: path.join(work, 'astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(result.status, `${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`).toBe(0);
    const old = await readFile(path.join(outDir, 'messaging', 'kafka-reliability', '리더-선출', 'index.html'), 'utf8');
    expect(old).toContain('<meta property="og:title" content="Kafka 고가용성과 장애 처리 › 리더 선정 절차">');
    expect(old).toContain(`<meta http-equiv="refresh" content="0;url=/messaging/kafka-reliability/#${encodeURIComponent('리더-선정-절차')}">`);
    const fresh = await readFile(path.join(outDir, 'messaging', 'kafka-reliability', '리더-선정-절차', 'index.html'), 'utf8');
    expect(fresh).toContain('› 리더 선정 절차">');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
