import { expect, test } from '@playwright/test';
import { samplePages } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the sidebar is a drawer that opens, traps focus and closes by keyboard', async ({ page }) => {
  await page.goto(samplePages.topic);
  const sidebar = page.getByRole('navigation', { name: '주제 목록' });
  const menu = page.getByRole('button', { name: '주제 목록 열기' });
  await expect(sidebar).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(sidebar).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar.locator('[aria-current="page"]')).toBeFocused();

  for (let step = 0; step < 60; step++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.getElementById('sidebar')!.contains(document.activeElement))).toBe(true);

  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await expect(menu).toBeFocused();

  await menu.click();
  await page.getByRole('button', { name: '주제 목록 닫기' }).click();
  await expect(sidebar).toBeHidden();
});

test('a topic chosen in the drawer opens', async ({ page }) => {
  await page.goto(samplePages.topic);
  await page.getByRole('button', { name: '주제 목록 열기' }).click();
  await page.getByRole('navigation', { name: '주제 목록' }).getByRole('link', { name: 'CAP 정리 (CAP Theorem)' }).click();
  await expect(page).toHaveURL(/\/fundamentals\/cap-theorem\/$/);
});

test('the table of contents starts folded and opens', async ({ page }) => {
  await page.goto(samplePages.topic);
  const tocLink = page.getByRole('navigation', { name: '이 페이지의 목차' }).getByRole('link', { name: '리더 선출', exact: true });
  await expect(tocLink).toBeHidden();
  await page.getByText('이 페이지의 목차').click();
  await expect(tocLink).toBeVisible();
});

test('nothing is wider than the screen', async ({ page }) => {
  for (const path of Object.values(samplePages)) {
    await page.goto(path);
    // A too-wide element makes a phone zoom out (the layout viewport grows), so check both widths.
    const widths = await page.evaluate(() => ({ layout: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth }));
    expect(widths, path).toEqual({ layout: 390, scroll: 390 });
  }
});
