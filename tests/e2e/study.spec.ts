import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/** Interview questions in the content, counted from the sources (not from the page under test). */
function questionsInContent(): number {
  let count = 0;
  for (const category of readdirSync('content', { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const file of readdirSync(path.join('content', category.name)).filter((name) => name.endsWith('.mdx'))) {
      count += (readFileSync(path.join('content', category.name, file), 'utf8').match(/<Question\s+q=/g) ?? []).length;
    }
  }
  return count;
}

test('the study page holds every interview question of the content, each linking to its section', async ({ page }) => {
  const expected = questionsInContent();
  expect(expected).toBeGreaterThan(5);
  await page.goto('study/');
  const cards = page.locator('[data-question]');
  await expect(cards).toHaveCount(expected);
  const first = cards.first();
  await expect(first).not.toHaveAttribute('open');
  await first.locator('summary').click();
  await expect(first).toHaveAttribute('open', '');
  const source = first.locator('.study-source a');
  const href = await source.getAttribute('href');
  await source.click();
  const id = decodeURIComponent(href!.split('#')[1]!);
  await expect(page.locator(`[id="${id}"]`)).toBeVisible();
});

test('marks persist across reloads with per-category progress, and reset clears them', async ({ page }) => {
  await page.goto('study/');
  const messaging = page.locator('[data-study-category="messaging"]');
  const progress = messaging.locator('[data-study-progress]');
  const total = await messaging.locator('[data-question]').count();
  await expect(progress).toHaveText(`(알고 있음 0/${total})`);
  const card = messaging.locator('[data-question]').first();
  await card.locator('summary').click();
  await card.getByRole('button', { name: '알고 있음' }).click();
  await expect(card.getByRole('button', { name: '알고 있음' })).toHaveAttribute('aria-pressed', 'true');
  await expect(progress).toHaveText(`(알고 있음 1/${total})`);
  const second = messaging.locator('[data-question]').nth(1);
  await second.locator('summary').click();
  await second.getByRole('button', { name: '다시 보기' }).click();

  await page.reload();
  await expect(progress).toHaveText(`(알고 있음 1/${total})`);
  await expect(page.locator('[data-study-total]')).toContainText('알고 있음 1 · 다시 보기 1');
  await page.getByRole('button', { name: '기록 지우기' }).click();
  await expect(progress).toHaveText(`(알고 있음 0/${total})`);
  await page.reload();
  await expect(progress).toHaveText(`(알고 있음 0/${total})`);
});

test('the category filter and the random question', async ({ page }) => {
  await page.goto('study/');
  await page.getByLabel('카테고리').selectOption('data');
  await expect(page.locator('[data-study-category="messaging"]')).toBeHidden();
  await expect(page.locator('[data-study-category="data"]')).toBeVisible();
  for (let draw = 0; draw < 5; draw++) {
    await page.getByRole('button', { name: '무작위 질문' }).click();
    const focused = page.locator('summary:focus');
    await expect(focused).toBeInViewport();
    expect(await focused.evaluate((summary) => summary.closest('[data-study-category]')!.getAttribute('data-study-category'))).toBe('data');
  }
});

test('the glossary lists terms with their names and definitions, and search finds an in-page term', async ({ page }) => {
  await page.goto('glossary/');
  const isr = page.locator('#term-isr');
  await expect(isr.locator('dt')).toContainText('In-Sync Replica');
  await expect(isr.locator('dd')).toHaveText('리더와 완전히 동기화된 Kafka 파티션 복제본 집합.');
  expect(await page.locator('.glossary-entry').count()).toBeGreaterThan(40);
  await page.goto('search/?q=ISR');
  const first = page.locator('#search-page-panel').getByTestId('search-results').locator(':scope > li').first();
  await expect(first.locator('.search-result-title')).toHaveText('Kafka 고가용성과 장애 처리');
});

test('the first use of a glossary term shows its definition on hover and focus, moves nothing, and Esc hides it', async ({ page }) => {
  await page.goto('messaging/kafka/');
  const terms = page.locator('.prose .glossary-term');
  // DLT is explained in kafka-reliability; here its first use carries the tip, later uses do not.
  const dlt = terms.filter({ has: page.locator('[aria-describedby="glossary-tip-dlt"]') });
  await expect(dlt).toHaveCount(1);
  const word = dlt.locator('.glossary-term-word');
  const tip = page.locator('#glossary-tip-dlt');
  await expect(tip).toBeHidden();
  await expect(word).toHaveAccessibleDescription(/재시도 실패한 메시지를 보관하는 특별한 토픽/);

  // Showing the tip changes neither the sentence's box nor the article's.
  const boxes = () => Promise.all([dlt.locator('xpath=ancestor::*[self::p or self::li][1]').boundingBox(), page.locator('.prose').boundingBox()]);
  const before = await boxes();
  await word.hover();
  await expect(tip).toBeVisible();
  expect(await boxes()).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  await page.mouse.move(0, 0);
  await word.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(word).toBeFocused();

  // The page that explains the term shows no tip for it.
  await page.goto('messaging/kafka-reliability/');
  await expect(page.locator('#glossary-tip-dlt')).toHaveCount(0);
});

test('topic pages list the notes that mention them and related topics', async ({ page }) => {
  await page.goto('messaging/kafka/');
  const backlinks = page.getByRole('region', { name: '이 주제를 언급하는 노트' });
  await expect(backlinks.getByRole('link', { name: 'Kafka 고가용성과 장애 처리' })).toBeVisible();
  await expect(page.getByRole('region', { name: '관련 주제' }).getByRole('link').first()).toBeVisible();
});

test('the home page map is an SVG of categories, its nodes links, with a text alternative', async ({ page }) => {
  await page.goto('./');
  const map = page.getByRole('figure', { name: /카테고리 지도/ });
  await expect(map).toBeVisible();
  expect(await map.locator('.map-node').count()).toBeGreaterThanOrEqual(8);
  expect(await map.locator('.map-edge').count()).toBeGreaterThan(3);
  await expect(page.locator('.category-map details li').first()).toContainText('링크');
});
