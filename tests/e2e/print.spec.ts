import { expect, test } from '@playwright/test';
import { luminance } from './helpers.ts';

test.describe('printing with the dark theme on', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  });

  test('prints light colours, the diagrams too', async ({ page }) => {
    await page.goto('devops/ci-cd/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        body: style('body').backgroundColor,
        text: getComputedStyle([...document.querySelectorAll('.prose :is(p, li)')].find((p) => !p.closest('.diagram, .question, blockquote'))!).color,
        diagram: style('.diagram').backgroundColor,
        caption: style('.diagram figcaption').color,
        tableHead: style('.prose th').backgroundColor,
        tableHeadText: style('.prose th').color,
        diagramShape: style('.diagram-canvas .node rect').fill,
        diagramText: style('.diagram-canvas text').fill,
        diagramLine: style('.diagram-canvas .flowchart-link').stroke,
      };
    });
    expect(luminance(colours.body)).toBeGreaterThan(0.9);
    expect(luminance(colours.text)).toBeLessThan(0.1);
    expect(luminance(colours.diagram)).toBeGreaterThan(0.8);
    expect(luminance(colours.caption)).toBeLessThan(0.1);
    expect(luminance(colours.tableHead)).toBeGreaterThan(0.8);
    expect(luminance(colours.tableHeadText)).toBeLessThan(0.1);
    // The one SVG of each diagram, painted by the tokens: light shapes, dark text and lines on paper.
    expect(luminance(colours.diagramShape)).toBeGreaterThan(0.8);
    expect(luminance(colours.diagramText)).toBeLessThan(0.1);
    expect(luminance(colours.diagramLine)).toBeLessThan(0.2);
  });

  test('prints no buttons or page furniture', async ({ page }) => {
    await page.goto('devops/ci-cd/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const selector of ['.copy-page-link', '.copy-link', '.heading-anchor', '.copy-code', '.site-header', '.sidebar', '.toc-column', '.prev-next', '.site-footer']) {
      const shown = await page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
      expect(shown, selector).toBe(0);
    }
  });

  test('prints diagram descriptions expanded, and closes them again after printing', async ({ page }) => {
    await page.goto('devops/ci-cd/');
    const text = page.locator('.diagram-text p').first();
    await expect(text).toBeHidden();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(text).toBeVisible();
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await expect(text).toBeHidden();
  });

  test('prints diagram descriptions expanded even without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('devops/ci-cd/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.diagram-text p').first()).toBeVisible();
    await context.close();
  });

  test('prints the address of an external link after its text', async ({ page }) => {
    await page.goto('devops/ci-cd/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const after = await page
      .locator('main a[href^="http"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('http');
  });
});
