import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { samplePages } from './helpers.ts';

for (const theme of ['light', 'dark'] as const) {
  for (const [kind, path] of Object.entries(samplePages)) {
    test(`axe finds no serious or critical violation: ${kind} page, ${theme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Open every folded answer and diagram text so their contents are checked too.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

// A phone lays the header out differently (icon-only buttons, the sidebar as a drawer): check it there too.
for (const [kind, path] of Object.entries(samplePages)) {
  test(`axe finds no serious or critical violation at phone width: ${kind} page`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('a keyboard user can skip to the content and reach the sidebar, theme and copy buttons', async ({ page }) => {
  await page.goto(samplePages.topic);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  const reached = new Set<string>();
  await page.goto(samplePages.topic);
  for (let step = 0; step < 80; step++) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? ''));
  }
  expect([...reached]).toEqual(expect.arrayContaining(['검색/', '어두운 테마로 바꾸기', '도커 (Docker)']));
});

// A link preview open over the note (src/scripts/link-preview.ts), in both themes.
for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation with a link preview open, ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('messaging/kafka/');
    await page.locator('article .prose a[href="/messaging/kafka-reliability/#클러스터-구성"]').hover();
    await expect(page.locator('#link-preview')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

/** Serious and critical axe findings on the page as it is now, one line per rule with up to five targets. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

// The pages outside the notes, and the states a reader reaches only through search: the open dialog with
// highlighted excerpts, and a note with the query's words marked after arriving from a result.
for (const theme of ['light', 'dark'] as const) {
  for (const [kind, path] of Object.entries({ study: 'study/', glossary: 'glossary/', checklist: 'checklist/', 'not found': 'no-such-page-here/' })) {
    test(`axe finds no serious or critical violation: ${kind} page, ${theme}`, async ({ page }) => {
      test.setTimeout(120_000); // axe on a long page takes a while on a busy machine
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test(`axe finds no serious or critical violation: search dialog open with results, ${theme}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(samplePages.topic);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: '노트 검색' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await dialog.getByRole('searchbox').fill('파티션');
    await expect(dialog.getByTestId('search-results')).toHaveAttribute('data-query', '파티션');
    await expect(dialog.locator('mark').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`axe finds no serious or critical violation: words highlighted after arriving from search, ${theme}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`${samplePages.topic}?hl=${encodeURIComponent('리더 파티션 브로커')}`);
    await expect(page.locator('article mark.search-hit').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
