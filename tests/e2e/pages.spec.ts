import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { absoluteUrl } from '../../src/config/site.ts';
import { builtPages, expectNoProblems, pageUrl, watchForProblems } from './helpers.ts';

const pages = builtPages();

test('the build has every kind of page', () => {
  expect(pages).toContain('');
  expect(pages).toContain('messaging/');
  expect(pages).toContain('messaging/kafka/');
  expect(pages).toContain('tags/');
  expect(pages.filter((page) => page.startsWith('tags/')).length).toBeGreaterThan(5);
  expect(pages.length).toBeGreaterThan(50);
});

for (const path of pages) {
  test(`/${path} loads with 200, Korean, no console error and no outside request`, async ({ page }) => {
    const watch = watchForProblems(page);
    const response = await page.goto(pageUrl(path), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.title()).toMatch(/인프라 노트/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{5,}/);
    await expectNoProblems(watch);
  });
}

test('an unknown address gets the Korean 404 page with status 404', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
  await page.getByRole('link', { name: '홈으로 가기' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('인프라 노트');
});

test('the sitemap lists every built page but redirects and 404, each once, and robots.txt names it', async ({ request }) => {
  const response = await request.get('sitemap.xml');
  expect(response.status()).toBe(200);
  const locations = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
  expect(new Set(locations).size).toBe(locations.length);
  // Astro's redirect pages (content/redirects.json) are stand-ins for an old address, not pages.
  const isRedirect = (page: string) => /<meta http-equiv="refresh"/i.test(readFileSync(`dist/${page}index.html`, 'utf8'));
  const expected = pages.filter((page) => !isRedirect(page)).map((page) => encodeURI(absoluteUrl(`/${page}`)));
  expect(expected).toContain(encodeURI(absoluteUrl('/study/')));
  expect(expected).toContain(encodeURI(absoluteUrl('/glossary/')));
  expect([...locations].sort()).toEqual([...expected].sort());
  expect(locations.find((location) => location.includes('404'))).toBeUndefined();
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
});
