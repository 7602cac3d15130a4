import { expect, test } from '@playwright/test';
import { samplePages } from './helpers.ts';

test('the theme follows the system until toggled, then the choice persists across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(samplePages.topic);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', { name: '어두운 테마로 바꾸기' });
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: '밝은 테마로 바꾸기' })).toBeVisible();
  await expect(page.locator('.diagram-dark svg').first()).toBeVisible();
  await expect(page.locator('.diagram-light svg').first()).toBeHidden();

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.goto('./');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
});

test('the stored theme is applied before first paint (no flash)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    localStorage.setItem('theme', 'dark');
    // Record the theme at the first moment the body exists, before any module script runs.
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { firstTheme: string | undefined }).firstTheme = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(samplePages.topic);
  expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('dark');
});

test('code is highlighted in both themes by CSS alone', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('containers/docker/');
  const token = page.locator('.astro-code span[style*="--shiki-light"]').first();
  const light = await token.evaluate((span) => getComputedStyle(span).color);
  await page.getByRole('button', { name: '어두운 테마로 바꾸기' }).click();
  const dark = await token.evaluate((span) => getComputedStyle(span).color);
  expect(light).not.toBe(dark);
});
