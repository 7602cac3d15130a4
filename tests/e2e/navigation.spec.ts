import { expect, test } from '@playwright/test';
import { samplePages } from './helpers.ts';

test('home lists every category with topic cards that open their topic', async ({ page }) => {
  await page.goto('./');
  const sections = page.locator('.home-category');
  expect(await sections.count()).toBeGreaterThanOrEqual(8);
  const card = page.locator('.card-title a', { hasText: 'Kafka 고가용성과 장애 처리' });
  await expect(card).toBeVisible();
  await card.click();
  await expect(page).toHaveURL(/\/messaging\/kafka-reliability\/$/);
});

test('the sidebar lists every topic and marks the current one', async ({ page }) => {
  await page.goto(samplePages.topic);
  const sidebar = page.getByRole('navigation', { name: '주제 목록' });
  const current = sidebar.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText('Kafka 고가용성과 장애 처리');
  await sidebar.getByRole('link', { name: '도커 (Docker)' }).click();
  await expect(page).toHaveURL(/\/containers\/docker\/$/);
  await expect(page.getByRole('navigation', { name: '주제 목록' }).locator('[aria-current="page"]')).toHaveText('도커 (Docker)');
});

test('breadcrumbs lead back to the category and home', async ({ page }) => {
  await page.goto(samplePages.topic);
  const crumbs = page.getByRole('navigation', { name: '현재 위치' });
  await expect(crumbs.getByRole('link')).toHaveText(['홈', '메시징과 이벤트', 'Kafka 고가용성과 장애 처리']);
  await crumbs.getByRole('link', { name: '메시징과 이벤트' }).click();
  await expect(page).toHaveURL(/\/messaging\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('메시징과 이벤트');
});

test('previous and next walk through the topics in order', async ({ page }) => {
  await page.goto('messaging/kafka/');
  const prevNext = page.getByRole('navigation', { name: '이전 주제와 다음 주제' });
  await prevNext.getByRole('link', { name: /다음 주제/ }).click();
  await expect(page).toHaveURL(/\/messaging\/kafka-reliability\/$/);
  await page
    .getByRole('navigation', { name: '이전 주제와 다음 주제' })
    .getByRole('link', { name: /이전 주제/ })
    .click();
  await expect(page).toHaveURL(/\/messaging\/kafka\/$/);
});

test('the table of contents jumps to a section and marks the section in view', async ({ page }) => {
  await page.goto(samplePages.topic);
  const toc = page.getByRole('navigation', { name: '이 페이지의 목차' });
  const link = toc.getByRole('link', { name: '리더 선출', exact: true });
  await link.click();
  await expect(page).toHaveURL(/#%EB%A6%AC%EB%8D%94-%EC%84%A0%EC%B6%9C$|#리더-선출$/);
  await expect(page.locator('[id="리더-선출"]')).toBeInViewport();
  await expect(link).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('[aria-current="location"]')).toHaveCount(1);
});

test('tag pages list their topics and link back to them', async ({ page }) => {
  await page.goto('messaging/kafka/');
  await page.locator('.topic-tags').getByRole('link', { name: '#kafka' }).click();
  await expect(page).toHaveURL(/\/tags\/kafka\/$/);
  await expect(page.locator('.card-title a', { hasText: 'Kafka 고가용성과 장애 처리' })).toBeVisible();
});

test('topic pages show their sources and last-updated date', async ({ page }) => {
  await page.goto('network/cdn/');
  await expect(page.getByRole('heading', { name: '출처' })).toBeVisible();
  const source = page.locator('.sources a').first();
  await expect(source).toHaveAttribute('href', /^https:\/\//);
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.locator('.topic-updated time')).toHaveText(/\d{4}년 \d{1,2}월 \d{1,2}일/);
});
