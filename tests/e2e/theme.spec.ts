import { expect, test } from '@playwright/test';
import { luminance, samplePages } from './helpers.ts';

test('the theme follows the system until toggled, then the choice persists across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(samplePages.topic);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  // A diagram is one SVG whose colours are the theme's: the same element repaints when the theme changes.
  const figure = page.locator('figure.diagram').first();
  await expect(figure.locator('svg')).toHaveCount(1);
  const diagramColours = () =>
    figure.locator('svg').evaluate((svg) => ({
      shape: getComputedStyle(svg.querySelector('.node rect')!).fill,
      text: getComputedStyle(svg.querySelector('text')!).fill,
      line: getComputedStyle(svg.querySelector('.flowchart-link')!).stroke,
    }));
  const light = await diagramColours();
  expect(luminance(light.shape)).toBeGreaterThan(0.8);
  expect(luminance(light.text)).toBeLessThan(0.1);
  const toggle = page.getByRole('button', { name: '어두운 테마로 바꾸기' });
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: '밝은 테마로 바꾸기' })).toBeVisible();
  const dark = await diagramColours();
  expect(luminance(dark.shape)).toBeLessThan(0.1);
  expect(luminance(dark.text)).toBeGreaterThan(0.7);
  expect(luminance(dark.line)).toBeGreaterThan(luminance(light.line));

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
