import { expect, type Page, test } from '@playwright/test';

const phone = { width: 390, height: 844 };
const laptop = { width: 1440, height: 900 };

test.describe('phone', () => {
  test.use({ viewport: phone, hasTouch: true, isMobile: true });

  test('with JavaScript on, the page table of contents comes before the article, collapsed', async ({ page }) => {
    await page.goto('messaging/kafka/');
    const tocTop = await page.locator('.toc').evaluate((element) => element.getBoundingClientRect().top + scrollY);
    const articleTop = await page.locator('article.topic').evaluate((element) => element.getBoundingClientRect().top + scrollY);
    expect(tocTop).toBeLessThan(articleTop);
    await expect(page.locator('.toc-details')).not.toHaveAttribute('open');
    await page.locator('.toc-title').click();
    await expect(page.locator('.toc-details')).toHaveAttribute('open');
    await expect(page.locator('.toc a').first()).toBeVisible();
  });

  for (const path of ['messaging/kafka/', 'containers/kubernetes-objects/']) {
    test(`inline code is never split inside a word that fits on a line (${path})`, async ({ page }) => {
      await page.goto(path);
      const split = await page.evaluate(() => {
        const problems: string[] = [];
        for (const code of document.querySelectorAll<HTMLElement>('.prose :not(pre) > code')) {
          const text = code.textContent ?? '';
          if (/\s/.test(text)) continue;
          const container = code.closest('p, li, td, th, blockquote') ?? code.parentElement!;
          // The width the token needs on one line.
          const probe = code.cloneNode(true) as HTMLElement;
          probe.style.whiteSpace = 'nowrap';
          probe.style.position = 'absolute';
          code.parentElement!.appendChild(probe);
          const natural = probe.getBoundingClientRect().width;
          probe.remove();
          if (natural > container.clientWidth) continue;
          if (code.getClientRects().length > 1) problems.push(text);
        }
        return problems;
      });
      expect(split).toEqual([]);
    });
  }

  test('the "링크 복사" button beside a long heading does not take a line of its own', async ({ page }) => {
    await page.goto('messaging/kafka/');
    const wrappers = await page.locator('.heading-wrapper').evaluateAll((elements) =>
      elements.map((wrapper) => {
        const heading = wrapper.querySelector('h2, h3')!.getBoundingClientRect();
        const buttonBox = wrapper.querySelector('.copy-link')!.getBoundingClientRect();
        return { text: wrapper.textContent, sameLine: buttonBox.top < heading.bottom && buttonBox.bottom > heading.top };
      }),
    );
    expect(wrappers.filter((wrapper) => !wrapper.sameLine).map((wrapper) => wrapper.text)).toEqual([]);
  });

  test('the search dialog close button reads 닫기 on a phone', async ({ page }) => {
    await page.goto('messaging/kafka/');
    await page.locator('[data-search-open]').click();
    const close = page.locator('.search-close');
    await expect(close).toBeVisible();
    await expect(close).toHaveAccessibleName('닫기');
    await expect(close).toHaveText('닫기', { useInnerText: true });
  });
});

test.describe('laptop', () => {
  test.use({ viewport: laptop });

  for (const path of ['security/sso/', 'messaging/kafka/', 'devops/ci-cd/']) {
    test(`the sidebar shows the current page's link on load, without moving the page (${path})`, async ({ page }) => {
      await page.goto(path);
      const current = page.locator('.sidebar a[aria-current="page"]');
      await expect(current).toBeInViewport({ ratio: 1 });
      // The sidebar box scrolled, the page did not.
      expect(await page.evaluate(() => scrollY)).toBe(0);
      const sidebar = await page.locator('.sidebar').boundingBox();
      const link = await current.boundingBox();
      expect(link!.y).toBeGreaterThanOrEqual(sidebar!.y);
      expect(link!.y + link!.height).toBeLessThanOrEqual(sidebar!.y + sidebar!.height);
    });
  }

  test('arriving at a short section marks that section in the TOC; scrolling takes over', async ({ page }) => {
    await page.goto(`messaging/kafka/#${encodeURIComponent('적정-파티션-수-계산')}`);
    const active = page.locator('.toc a[aria-current="location"]');
    await expect(active).toHaveText('적정 파티션 수 계산');
    // Let any late scroll events from the arrival pass; the mark must stay.
    await page.waitForTimeout(500);
    await expect(active).toHaveText('적정 파티션 수 계산');
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, -1200);
    await expect(active).not.toHaveText('적정 파티션 수 계산');
  });

  test('following a TOC link marks that section even when it cannot reach the top', async ({ page }) => {
    await page.goto('messaging/kafka/');
    await page.locator('.toc a', { hasText: '적정 파티션 수 계산' }).click();
    await expect(page.locator('.toc a[aria-current="location"]')).toHaveText('적정 파티션 수 계산');
  });

  test('the "/" shortcut hint is hidden without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: laptop });
    const page = await context.newPage();
    await page.goto('messaging/kafka/');
    await expect(page.locator('.search-button-key')).toBeHidden();
    await context.close();
  });

  test('the footer speaks to the reader, not about implementation', async ({ page }) => {
    await page.goto('');
    const text = await page.locator('.site-footer').textContent();
    expect(text).not.toMatch(/글꼴|스크립트|외부로 요청/);
    expect(text).toContain('인프라 노트');
  });
});

test.describe('copy feedback', () => {
  test.use({ viewport: laptop, permissions: ['clipboard-read', 'clipboard-write'] });

  async function expectVisibleCopied(page: Page, selector: string, prepare: () => Promise<void>) {
    const button = page.locator(selector);
    await prepare();
    const before = await button.boundingBox();
    await button.click();
    await expect(button).toContainText('복사했습니다', { useInnerText: true });
    const during = await button.boundingBox();
    expect(during!.width).toBeCloseTo(before!.width, 0);
    expect(during!.height).toBeCloseTo(before!.height, 0);
    // The live region still speaks.
    await expect(page.locator('#announcer')).toContainText('복사했습니다');
    // And the state goes back after about two seconds.
    await expect(button).not.toContainText('복사했습니다', { timeout: 4000, useInnerText: true });
    const after = await button.boundingBox();
    expect(after!.width).toBeCloseTo(before!.width, 0);
  }

  test('a section link button shows 복사했습니다 without changing size', async ({ page }) => {
    await page.goto('messaging/kafka/');
    const selector = `[data-copy-link="${'적정-파티션-수-계산'}"]`;
    await expectVisibleCopied(page, selector, async () => {
      await page.locator(selector).focus();
    });
  });

  test('the page link button shows 복사했습니다 without changing size', async ({ page }) => {
    await page.goto('messaging/kafka/');
    await expectVisibleCopied(page, '[data-copy-page-link]', async () => {});
  });

  test('a code copy button shows 복사했습니다 without changing size', async ({ page }) => {
    await page.goto('messaging/kafka/');
    await expectVisibleCopied(page, '[data-copy-code] >> nth=0', async () => {
      await page.locator('[data-copy-code] >> nth=0').scrollIntoViewIfNeeded();
    });
  });
});
