import { expect, test } from '@playwright/test';

const siteUrl = process.env.SITE_URL ?? 'https://infra-notes.dev';
const topic = 'messaging/kafka-reliability/';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('"링크 복사" on a heading copies the section\'s share address, readable, and announces it', async ({ page }) => {
  await page.goto(topic);
  const heading = page.getByRole('heading', { name: '리더 선출', level: 3 });
  await heading.hover();
  const button = page.getByRole('button', { name: '‘리더 선출’ 절 링크 복사' });
  await expect(button).toBeVisible();
  await button.click();
  // The copy is asynchronous (two clipboard types): read until it has landed.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}/${topic}리더-선출/`);
  await expect(page.locator('#announcer')).toHaveText('링크를 복사했습니다');
});

test('the copy button is reachable by keyboard and "페이지 링크 복사" copies the page URL', async ({ page }) => {
  await page.goto(topic);
  const button = page.getByRole('button', { name: '‘Replication (복제)’ 절 링크 복사' });
  await button.focus();
  await expect(button).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}/${topic}replication-복제/`);
  await page.getByRole('button', { name: '페이지 링크 복사' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}/${topic}`);
});

for (const [form, hash] of [
  ['unencoded', '#리더-선출'],
  ['percent-encoded', `#${encodeURIComponent('리더-선출')}`],
]) {
  test(`a deep link with a ${form} Korean hash lands on the heading, below the sticky header`, async ({ page }) => {
    await page.goto(`${topic}${hash}`);
    const heading = page.locator('[id="리더-선출"]');
    await expect(heading).toBeInViewport();
    const { top, headerBottom } = await heading.evaluate((element) => ({
      top: element.getBoundingClientRect().top,
      headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    }));
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThan(headerBottom + 80);
    expect(await heading.evaluate((element) => getComputedStyle(element).animationName)).toBe('target-flash');
  });
}

test('heading ids agree everywhere: heading, TOC, anchor link, copy button — English, digits, "/", "(", "."', async ({ page }) => {
  for (const path of ['security/https-tls/', 'devops/ci-cd/', 'data/caching/', 'messaging/kafka/']) {
    await page.goto(path);
    const mismatches = await page.evaluate(() => {
      const problems: string[] = [];
      for (const wrapper of document.querySelectorAll('.heading-wrapper')) {
        const heading = wrapper.querySelector('h2, h3')!;
        const id = heading.id;
        if (id !== id.normalize('NFC')) problems.push(`${id}: not NFC`);
        const anchor = wrapper.querySelector<HTMLAnchorElement>('.heading-anchor')!;
        if (decodeURIComponent(new URL(anchor.href).hash.slice(1)) !== id) problems.push(`${id}: anchor ${anchor.href}`);
        if (wrapper.querySelector<HTMLElement>('[data-copy-link]')!.dataset.copyLink !== id) problems.push(`${id}: copy button`);
        const toc = document.querySelector(`[data-toc-link="${CSS.escape(id)}"]`) as HTMLAnchorElement | null;
        if (toc && decodeURIComponent(new URL(toc.href).hash.slice(1)) !== id) problems.push(`${id}: toc ${toc.href}`);
      }
      return problems;
    });
    expect(mismatches, path).toEqual([]);
  }
  await page.goto('security/https-tls/');
  await expect(page.locator('[id="tls-12-vs-tls-13"]')).toHaveText('TLS 1.2 vs TLS 1.3');
  await page.goto('devops/ci-cd/');
  await expect(page.locator('[id="ci-cd-도입의-가치"]')).toHaveCount(1);
});

test('link previews: title, description, canonical, Open Graph and Twitter tags, sitemap and robots.txt', async ({ page, request }) => {
  await page.goto(topic);
  await expect(page).toHaveTitle('Kafka 고가용성과 장애 처리 | 인프라 노트');
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  expect(await meta('meta[name="description"]')).toMatch(/Kafka/);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${siteUrl}/${topic}`);
  expect(await meta('meta[property="og:title"]')).toBe('Kafka 고가용성과 장애 처리');
  expect(await meta('meta[property="og:url"]')).toBe(`${siteUrl}/${topic}`);
  expect(await meta('meta[property="og:image"]')).toMatch(new RegExp(`^${siteUrl}/og/.+\\.jpg$`));
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  const image = await request.get(new URL((await meta('meta[property="og:image"]')) as string).pathname.slice(1));
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/jpeg');

  const sitemap = await (await request.get('sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>${siteUrl}/${topic}</loc>`);
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
});
