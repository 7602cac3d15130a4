import { expect, test } from '@playwright/test';
import { expectNoProblems, watchForProblems } from './helpers.ts';

/** The reader's tools on the checklist, glossary, study and 404 pages, in a real browser. */

test('the checklist has real checkboxes whose progress is counted, kept across reloads, and reset', async ({ page }) => {
  const watch = watchForProblems(page);
  await page.goto('checklist/');
  const boxes = page.getByRole('checkbox');
  const total = await boxes.count();
  expect(total).toBeGreaterThan(10);
  const progress = page.locator('[data-checklist-progress]');
  await expect(progress).toHaveAttribute('aria-live', 'polite');
  await expect(progress).toHaveText(`${total}개 중 0개 확인`);

  // Each box is named by its label and reachable from the keyboard; its link still leads to the section.
  const first = page.getByRole('checkbox', { name: '컨테이너 vs VM 차이' });
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.getByRole('checkbox', { name: '파티션' }).check();
  await expect(progress).toHaveText(`${total}개 중 2개 확인`);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: '컨테이너 vs VM 차이' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '파티션' })).toBeChecked();
  await expect(progress).toHaveText(`${total}개 중 2개 확인`);

  await page.getByRole('button', { name: '처음부터 다시 하기' }).click();
  await expect(progress).toHaveText(`${total}개 중 0개 확인`);
  await expect(page.locator('#announcer')).toHaveText('확인 표시를 모두 지웠습니다');
  await page.reload();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);

  await page.getByRole('link', { name: '컨테이너 vs VM 차이' }).click();
  await expect(page).toHaveURL(/\/containers\/docker\/#docker-vs-vm$/);
  await expectNoProblems(watch);
});

test('the glossary has a ㄱㄴㄷ/ABC index to its groups and a filter with a count and an empty state', async ({ page }) => {
  const watch = watchForProblems(page);
  await page.goto('glossary/');
  const all = await page.locator('.glossary-entry').count();
  const index = page.getByRole('navigation', { name: '용어 색인' });
  await expect(index.getByRole('link', { name: 'ㄱ', exact: true })).toBeVisible();
  await index.getByRole('link', { name: 'K', exact: true }).click();
  await expect(page).toHaveURL(/#glossary-k$/);
  const groupK = page.locator('#glossary-k');
  await expect(groupK).toBeInViewport();
  await expect(page.locator('[aria-labelledby="glossary-k"] .glossary-entry dt').first()).toContainText(/^K/);

  // Korean name, English name and abbreviation all filter, as the reader types.
  const filter = page.getByRole('searchbox', { name: '용어 찾기' });
  const count = page.locator('[data-glossary-count]');
  await filter.fill('in-sync');
  await expect(page.locator('#term-isr')).toBeVisible();
  await expect(page.locator('.glossary-entry:visible')).toHaveCount(1);
  await expect(count).toHaveText(`용어 ${all}개 중 1개`);
  // The abbreviation finds the term and the topic that lists it among its abbreviations.
  await filter.fill('ISR');
  await expect(page.locator('.glossary-entry:visible')).toHaveCount(2);
  await expect(page.locator('#term-isr')).toBeVisible();
  await expect(page.locator('#term-kafka-reliability')).toBeVisible();
  await filter.fill('컨슈머');
  await expect(page.locator('#term-consumer-lag')).toBeVisible();
  await filter.fill('Consumer Lag');
  await expect(page.locator('#term-consumer-lag')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ㄱ', exact: true })).toBeHidden();
  await filter.fill('없는용어xyz');
  await expect(page.locator('.glossary-entry:visible')).toHaveCount(0);
  await expect(page.getByText('‘없는용어xyz’에 맞는 용어가 없습니다.', { exact: false })).toBeVisible();
  await filter.fill('');
  await expect(page.locator('.glossary-entry:visible')).toHaveCount(all);
  await expect(count).toHaveText(`용어 ${all}개`);
  await expectNoProblems(watch);
});

test('on a phone the glossary is compact', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('glossary/');
  const list = await page.locator('.glossary-groups').boundingBox();
  const entries = await page.locator('.glossary-entry').count();
  // Before the index and the phone rules a term took about 128 px here, group headings included (about 99 px after).
  expect(list!.height / entries).toBeLessThan(105);
});

test('"무작위 질문" shows which question it picked: a highlighted card in view, and an announcement', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('study/');
  await page.getByRole('button', { name: '무작위 질문' }).click();
  const picked = page.locator('[data-question][data-picked]');
  await expect(picked).toHaveCount(1);
  await expect(picked).toBeInViewport();
  await expect(picked.locator('summary')).toBeFocused();
  const question = (await picked.locator('summary').textContent())!.replace(/^\s*Q\.\s*/, '').trim();
  await expect(page.locator('#announcer')).toHaveText(`무작위 질문: ${question}`);
  // The cue is a visible ring around the card, not only the focus outline of its summary.
  expect(await picked.evaluate((card) => getComputedStyle(card).outlineStyle)).not.toBe('none');
  // With reduced motion nothing animates.
  expect(await picked.evaluate((card) => getComputedStyle(card).animationName)).toBe('none');
  // The next pick moves the cue.
  await page.getByRole('button', { name: '무작위 질문' }).click();
  await expect(page.locator('[data-question][data-picked]')).toHaveCount(1);
});

test('the 404 page suggests the topics nearest to a mistyped address', async ({ page }) => {
  const watch = watchForProblems(page);
  // The missing page itself answers 404 (Chromium logs that); nothing else it loads may fail.
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto('messaging/kafk/');
  expect(response?.status()).toBe(404);
  const suggestions = page.getByRole('region', { name: '혹시 이 주제인가요?' });
  await expect(suggestions).toBeVisible();
  const links = suggestions.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(1);
  expect(await links.count()).toBeLessThanOrEqual(3);
  await expect(links.first()).toHaveText('카프카 (Kafka)');
  await links.first().click();
  await expect(page).toHaveURL(/\/messaging\/kafka\/$/);

  // A Korean word finds its topic too; an address like nothing suggests nothing.
  await page.goto(encodeURI('레디스/'));
  await expect(page.getByRole('region', { name: '혹시 이 주제인가요?' }).getByRole('link').first()).toContainText('Redis');
  await page.goto('zzzzqqqq/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
  await expect(page.getByRole('region', { name: '혹시 이 주제인가요?' })).toBeHidden();
  expect(failed).toEqual([]);
  await expectNoProblems({ problems: watch.problems.filter((problem) => problem !== 'console: Failed to load resource: the server responded with a status of 404 (Not Found)') });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the checklist is a list of links, the glossary keeps its index, the 404 its categories; no dead controls', async ({ page }) => {
    await page.goto('checklist/');
    await expect(page.getByRole('link', { name: '컨테이너 vs VM 차이' })).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '처음부터 다시 하기' })).toBeHidden();

    await page.goto('glossary/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await page.getByRole('navigation', { name: '용어 색인' }).getByRole('link', { name: 'ㄷ', exact: true }).click();
    await expect(page.locator('[id="glossary-ㄷ"]')).toBeInViewport();

    await page.goto('messaging/kafk/');
    await expect(page.getByRole('region', { name: '혹시 이 주제인가요?' })).toBeHidden();
    await expect(page.locator('.not-found-categories').getByRole('link', { name: '메시징과 이벤트' })).toBeVisible();
  });
});
