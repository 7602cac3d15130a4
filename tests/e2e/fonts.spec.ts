import { expect, type Page, test } from '@playwright/test';
import { fallbackFaces, fallbackFamily, fontFamily } from '../../src/lib/fonts/font-files.ts';
import { samplePages } from './helpers.ts';

/**
 * The web font arrives after the first paint on a slow network. Until then the page shows a system font
 * scaled to Pretendard's metrics, so nothing moves when Pretendard swaps in.
 */
/** Whether the system font behind the fallback face exists here, asked apart from the page's own CSS. */
async function systemFontInstalled(page: Page): Promise<boolean> {
  const sources = fallbackFaces[0]!.local.map((name) => `local('${name}')`).join(',');
  return page.evaluate(
    (src) =>
      new FontFace('probe', src).load().then(
        () => true,
        () => false,
      ),
    sources,
  );
}

test('the fallback font is as wide as Pretendard on the article text (±1.5%)', async ({ page }) => {
  await page.goto(samplePages.topic);
  await page.evaluate(() => document.fonts.ready);
  const ratios = await page.evaluate(
    async ({ webFont, fallback }) => {
      const text = document.querySelector('.prose')!.textContent!.replace(/\s+/g, ' ').slice(0, 3000);
      const context = document.createElement('canvas').getContext('2d')!;
      const result: Record<string, number | null> = {};
      for (const weight of [400, 700]) {
        const faces = await document.fonts.load(`${weight} 100px "${fallback}"`, text);
        if (faces.length === 0) {
          result[weight] = null; // the system font behind the fallback is not installed here
          continue;
        }
        const width = (family: string) => {
          context.font = `${weight} 100px "${family}"`;
          return context.measureText(text).width;
        };
        result[weight] = width(fallback) / width(webFont);
      }
      return result;
    },
    { webFont: fontFamily, fallback: fallbackFamily },
  );
  console.log(`fallback / Pretendard width: ${JSON.stringify(ratios)}`);
  test.skip(ratios[400] === null, 'Noto Sans CJK KR is not installed, so the fallback face cannot load here');
  for (const weight of [400, 700]) expect(Math.abs(ratios[weight]! - 1), `weight ${weight}`).toBeLessThan(0.015);
});

test('a page whose web font arrives late does not shift (CLS < 0.01), JS-only buttons included', async ({ browser }) => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Hold every font file back so the first paints happen in the fallback, then let them swap in.
    await page.route('**/*.woff2', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    for (const path of ['', samplePages.topic, 'messaging/kafka/', 'data/redis/']) {
      await page.goto(path || './', { waitUntil: 'load' });
      test.skip(!(await systemFontInstalled(page)), 'Noto Sans CJK KR is not installed: the unadjusted system font is expected to shift');
      await page.evaluate(() => document.fonts.ready);
      const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
      console.log(`${viewport.width}px /${path}: CLS ${shift.toFixed(4)}`);
      expect(shift, `${viewport.width}px /${path}`).toBeLessThan(0.01);
    }
    await context.close();
  }
});
