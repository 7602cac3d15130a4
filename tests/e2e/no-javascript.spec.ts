import { expect, test } from '@playwright/test';
import { luminance, samplePages } from './helpers.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the pages, navigation, diagrams and code still work', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(samplePages.topic);
  await expect(page.locator('html')).toHaveClass(/no-js/);
  // Theme from the system preference, by CSS: the diagram too (its shapes take the dark tokens).
  await expect(page.locator('.diagram-canvas svg').first()).toBeVisible();
  const shape = await page
    .locator('.diagram-canvas .node rect')
    .first()
    .evaluate((rect) => getComputedStyle(rect).fill);
  expect(luminance(shape)).toBeLessThan(0.1);
  // JS-only controls are not shown as dead buttons.
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  await expect(page.locator('[data-copy-code]').first()).toBeHidden();
  await expect(page.locator('[data-copy-link]').first()).toBeHidden();
  await expect(page.locator('[data-copy-page-link]')).toBeHidden();
  // Interview answers fold and unfold natively.
  await page.goto('messaging/kafka/');
  const question = page.locator('details.question').first();
  await question.locator('summary').click();
  await expect(question).toHaveAttribute('open', '');
  // Navigation by plain links.
  await page.getByRole('navigation', { name: '주제 목록' }).getByRole('link', { name: '도커 (Docker)' }).click();
  await expect(page).toHaveURL(/\/containers\/docker\/$/);
  await expect(page.locator('.code-block pre').first()).toBeVisible();
});

test('without JavaScript on a phone the topic list follows the article', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(samplePages.topic);
  await expect(page.getByRole('navigation', { name: '주제 목록' })).toBeVisible();
  await expect(page.locator('[data-drawer-toggle]')).toBeHidden();
});
