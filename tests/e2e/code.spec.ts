import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('every code block has a language label and a copy button that copies its code', async ({ page }) => {
  await page.goto('messaging/kafka/');
  const blocks = page.locator('figure.code-block');
  expect(await blocks.count()).toBeGreaterThan(3);
  for (const block of await blocks.all()) {
    await expect(block.locator('.code-block-language')).toHaveText(/\S/);
    await expect(block.getByRole('button', { name: /코드 복사하기$/ })).toBeVisible();
  }
  const first = blocks.first();
  await first.getByRole('button').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await first.locator('pre').textContent());
  expect(copied.length).toBeGreaterThan(5);
  await expect(page.locator('#announcer')).toHaveText('코드를 복사했습니다');
});
