import { expect, test } from '@playwright/test';
import { builtPages, pageUrl, samplePages } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
});

const violationsOf = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('every page carries a CSP that allows inline scripts only by hash, and nothing violates it', async ({ page }) => {
  test.setTimeout(300_000); // visits every page of the build
  for (const path of builtPages()) {
    await page.goto(pageUrl(path));
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+ 'wasm-unsafe-eval'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(await violationsOf(page), path).toEqual([]);
  }
});

test('search (Pagefind WebAssembly) runs under the CSP without a violation', async ({ page }) => {
  await page.goto(samplePages.topic);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '노트 검색' });
  await dialog.getByRole('searchbox').fill('카프카');
  await expect(dialog.getByTestId('search-results').locator('a').first()).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});

test('an injected inline script is blocked by the policy', async ({ page }) => {
  await page.goto(samplePages.topic);
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { injectedRan?: boolean }).injectedRan ?? false;
  });
  expect(ran).toBe(false);
  expect((await violationsOf(page)).some((violation) => violation.startsWith('script-src'))).toBe(true);
});

test('external links never hand this site to the page they open', async ({ page }) => {
  test.setTimeout(300_000); // visits every page of the build
  for (const path of builtPages()) {
    await page.goto(pageUrl(path));
    const unsafe = await page
      .locator('a[href^="http"]')
      .evaluateAll((links) =>
        links.filter((link) => !(link.getAttribute('rel') ?? '').includes('noopener') || !(link.getAttribute('rel') ?? '').includes('noreferrer')).map((link) => link.getAttribute('href')),
      );
    expect(unsafe, path).toEqual([]);
  }
});

test('the build ships security headers for static hosts', async ({ request }) => {
  const headers = await (await request.get('_headers')).text();
  expect(headers).toMatch(/^\/\*\n/);
  expect(headers).toMatch(/Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-/);
  expect(headers).toContain("frame-ancestors 'none'");
  expect(headers).toContain('X-Content-Type-Options: nosniff');
});
