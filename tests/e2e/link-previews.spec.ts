import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoProblems, watchForProblems } from './helpers.ts';

/**
 * Previews of the links in a note (src/scripts/link-preview.ts): hover or keyboard focus shows the linked
 * section's heading and opening words (a page link: the page's title and description), Esc hides them, a
 * touch never shows them, nothing moves, and neither the code nor the data loads before the first use.
 */
const kafka = 'messaging/kafka/';
const preview = (page: Page) => page.locator('#link-preview');
const prose = (page: Page) => page.locator('article .prose');
const link = (page: Page, href: string) => prose(page).locator(`a[href="${href}"]`).first();

/** Loads of the preview code or data, from the start of the visit. */
function watchPreviewLoads(page: Page): string[] {
  const loads: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/link-preview\.|\/previews\//.test(request.url())) loads.push(decodeURI(new URL(request.url()).pathname));
  });
  return loads;
}

/** Tab onto `target` from the element before it: focus that only the keyboard gives (:focus-visible). */
async function tabTo(page: Page, target: Locator) {
  await target.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

test('nothing of the previews loads until a link is hovered; hovering a section link on another page shows that section', async ({ page }) => {
  const watch = watchForProblems(page);
  const loads = watchPreviewLoads(page);
  await page.goto(kafka);
  await page.waitForLoadState('networkidle');
  expect(loads).toEqual([]);

  await link(page, '/messaging/kafka-reliability/#클러스터-구성').hover();
  await expect(preview(page)).toBeVisible();
  await expect(preview(page).locator('.link-preview-page')).toHaveText('Kafka 고가용성과 장애 처리');
  await expect(preview(page).locator('.link-preview-title')).toHaveText('클러스터 구성');
  await expect(preview(page).locator('.link-preview-text')).toContainText('Node: Kafka가 설치된 서버 단위');
  expect(loads.some((url) => url.includes('/_astro/link-preview.'))).toBe(true);
  // Only the linked page's own data, not a site-wide file.
  expect(loads.filter((url) => url.includes('/previews/'))).toEqual(['/previews/messaging/kafka-reliability.json']);
  await expect(link(page, '/messaging/kafka-reliability/#클러스터-구성')).toHaveAttribute('aria-describedby', 'link-preview');

  // Another link: its own preview replaces the first; a page link shows the page's title and description.
  await link(page, '/messaging/message-queue/').hover();
  await expect(preview(page).locator('.link-preview-title')).toHaveText('메시지 큐 (Message Queue)');
  await expect(preview(page).locator('.link-preview-text')).toContainText('메시지 큐의 정의와 장점');
  await expect(preview(page).locator('.link-preview-page')).toHaveCount(0);
  await expect(link(page, '/messaging/kafka-reliability/#클러스터-구성')).not.toHaveAttribute('aria-describedby');

  // Moving away hides it.
  await page.mouse.move(0, 0);
  await expect(preview(page)).toBeHidden();
  await expectNoProblems(watch);
});

test('a same-page anchor previews its own section, not the page top', async ({ page }) => {
  await page.goto(kafka);
  // The link sits in an interview answer, folded until opened.
  const anchor = prose(page).locator('a[href="#consumer-lag-%EB%AA%A8%EB%8B%88%ED%84%B0%EB%A7%81"]');
  await anchor.evaluate((element) => {
    element.closest('details')!.open = true;
  });
  await anchor.scrollIntoViewIfNeeded();
  await anchor.hover();
  await expect(preview(page).locator('.link-preview-title')).toHaveText('Consumer Lag 모니터링');
  await expect(preview(page).locator('.link-preview-text')).toContainText('아직 처리하지 못한 메시지 수');
  await expect(preview(page).locator('.link-preview-page')).toHaveCount(0);
});

test('keyboard focus shows the preview without taking the focus; Esc hides it until the focus moves on', async ({ page }) => {
  await page.goto(kafka);
  const target = link(page, '/messaging/message-queue/#메시지-큐의-장점');
  await tabTo(page, target);
  await expect(preview(page)).toBeVisible();
  await expect(preview(page).locator('.link-preview-title')).toHaveText('메시지 큐의 장점');
  await expect(target).toBeFocused();
  await expect(target).toHaveAttribute('aria-describedby', 'link-preview');
  await expect(preview(page).locator('a, button, [tabindex]')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(preview(page)).toBeHidden();
  await expect(target).toBeFocused();
  await page.waitForTimeout(600); // longer than the show delay: the dismissed preview must not come back by itself
  await expect(preview(page)).toBeHidden();

  // Once the focus has moved on, the next link's preview shows as usual.
  await tabTo(page, link(page, '/messaging/kafka-reliability/'));
  await expect(preview(page).locator('.link-preview-title')).toHaveText('Kafka 고가용성과 장애 처리');
});

test('a preview follows its link when the page scrolls or the window is resized', async ({ page }) => {
  await page.goto(kafka);
  const target = link(page, '/messaging/kafka-reliability/#클러스터-구성');
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await tabTo(page, target);
  await expect(preview(page)).toBeVisible();
  const gapToLink = () =>
    page.evaluate(() => {
      const box = document.getElementById('link-preview')!.getBoundingClientRect();
      const anchor = (document.activeElement as HTMLElement).getBoundingClientRect();
      // Below the link (its top 8 px under the link's bottom) or above it (its bottom 8 px over the link's top).
      return Math.min(Math.abs(box.top - anchor.bottom - 8), Math.abs(anchor.top - box.bottom - 8));
    });
  expect(await gapToLink()).toBeLessThan(1);
  await page.evaluate(() => window.scrollBy(0, 120));
  await expect.poll(gapToLink).toBeLessThan(1);
  await page.setViewportSize({ width: 900, height: 700 });
  await expect.poll(gapToLink).toBeLessThan(1);
  await expect(preview(page)).toBeVisible();
});

test('opening and closing previews shifts nothing (CLS 0)', async ({ page }) => {
  await page.goto(kafka);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift' });
  });
  for (const href of ['/messaging/message-queue/', '/messaging/kafka-reliability/#클러스터-구성', '/network/load-balancing/']) {
    const target = link(page, href);
    await target.scrollIntoViewIfNeeded();
    await target.hover();
    await expect(preview(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(preview(page)).toBeHidden();
    await page.mouse.move(0, 0);
  }
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
});

test('a tap on a phone follows the link and shows no preview', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const loads = watchPreviewLoads(page);
  await page.goto(kafka);
  const target = link(page, '/messaging/message-queue/');
  await target.scrollIntoViewIfNeeded();
  await target.tap();
  await expect(page).toHaveURL(/\/messaging\/message-queue\/$/);
  expect(loads).toEqual([]);
  await context.close();
});

test('with reduced motion the preview appears without its fade', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(kafka);
  await link(page, '/messaging/message-queue/').hover();
  await expect(preview(page)).toBeVisible();
  expect(await preview(page).evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
});
