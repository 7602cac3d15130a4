import { expect, type Page, type Route, test } from '@playwright/test';
import { fallbackFaces, fallbackFamily, fontFamily, webFontClass } from '../../src/lib/fonts/font-files.ts';
import { pageUrl, samplePages, webFontLoaded } from './helpers.ts';

/**
 * The first paint of a first visit uses a system font scaled to Pretendard's metrics and waits for no font
 * file; the page asks for Pretendard once it has loaded and been painted, and nothing moves when it swaps in
 * (src/lib/fonts/font-files.ts, webFontClass).
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
  // The web font's @font-face rules come with the switch to it, after the load.
  await webFontLoaded(page);
  const ratios = await page.evaluate(
    async ({ webFont, fallback }) => {
      const text = document.querySelector('.prose')!.textContent!.replace(/\s+/g, ' ').slice(0, 3000);
      const context = document.createElement('canvas').getContext('2d')!;
      const result: Record<string, number | null> = {};
      for (const weight of [400, 700]) {
        // Loaded here by name: the page itself may not have switched to the web font yet.
        await document.fonts.load(`${weight} 100px "${webFont}"`, text);
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

/**
 * Holds every font file back until `release()`, so the first paints happen in the fallback on any machine,
 * fast or slow, and the swap happens at a moment the test chooses.
 */
async function holdFonts(page: Page): Promise<{ held(): number; release(): Promise<void> }> {
  const held: Route[] = [];
  let released = false;
  await page.route('**/*.woff2', async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  return {
    held: () => held.length,
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

/** Position and size of every element of the first screen that holds text, in document order. */
function firstScreenLayout(page: Page): Promise<Array<{ element: string; box: number[] }>> {
  return page.evaluate(() => {
    const boxes: Array<{ element: string; box: number[] }> = [];
    const elements = document.querySelectorAll<HTMLElement>('header *, main *, nav *, footer *');
    for (const [index, element] of [...elements].entries()) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.bottom < 0 || rect.top > innerHeight) continue;
      if (![...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())) continue;
      const label = `${index} <${element.localName}> ${element.textContent!.trim().slice(0, 24)}`;
      boxes.push({ element: label, box: [rect.left, rect.top, rect.width, rect.height].map((value) => Math.round(value)) });
    }
    return boxes;
  });
}

test('when the web font arrives the page does not move: same first-screen layout, CLS ≤ 0.01', async ({ browser }) => {
  // Eight fresh page loads in one test: on a busy 2-core machine that passed 60 s (seen), so it gets 3×.
  test.slow();
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    for (const path of ['', samplePages.topic, 'messaging/kafka/', 'data/redis/']) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const state = window as unknown as { shift: number };
        state.shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!entry.hadRecentInput) state.shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const fonts = await holdFonts(page);
      await page.goto(path || './', { waitUntil: 'domcontentloaded' });
      test.skip(!(await systemFontInstalled(page)), 'Noto Sans CJK KR is not installed: the unadjusted system font is expected to shift');
      // The page has asked for its font files and is drawn without them: the fallback is on screen.
      await expect.poll(() => fonts.held(), `${path}: font requests`).toBeGreaterThan(0);
      const webFont = (family: string) => page.evaluate((name) => document.fonts.check(`16px "${name}"`, '가'), family);
      expect(await webFont(fontFamily), `${path}: Pretendard before the release`).toBe(false);
      await expect(page.locator('html'), 'the page has switched to the web font, which is on its way').toHaveClass(new RegExp(`\\b${webFontClass}\\b`));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const before = await firstScreenLayout(page);

      await fonts.release();
      await page.evaluate(() => document.fonts.ready);
      expect(await webFont(fontFamily), `${path}: Pretendard after the release`).toBe(true);
      // Two frames: the swap is laid out and painted, and its layout-shift entries (if any) are reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const after = await firstScreenLayout(page);
      const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
      // Lines keep their place: no box moves up or down or changes height (a line that wraps differently
      // would). Along the line the fonts differ by up to 1.5 % (the test above), so boxes may slide a few px.
      const changed = (axes: number[]) =>
        before
          .map((entry, index) => ({ entry, now: after[index] }))
          .filter(({ entry, now }) => !now || now.element !== entry.element || axes.some((axis) => Math.abs(entry.box[axis]! - now.box[axis]!) > 1))
          .map(({ entry, now }) => `${entry.element}: ${entry.box} → ${now?.box}`);
      const vertical = changed([1, 3]);
      const horizontal = changed([0, 2]);
      console.log(`${viewport.width}px /${path}: CLS ${shift.toFixed(4)}, ${before.length} text boxes, ${vertical.length} moved vertically, ${horizontal.length} slid along the line`);
      expect(vertical, `${viewport.width}px /${path}`).toEqual([]);
      expect(shift, `${viewport.width}px /${path}`).toBeLessThanOrEqual(0.01);
      await context.close();
    }
  }
});

test('a first visit paints before asking for a font file; later pages and pages without JavaScript use it at once', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl('messaging/kafka/'), { waitUntil: 'load' });
  // Not only the class: the font loads start once the stylesheet the script adds with it is in.
  await webFontLoaded(page);
  const order = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
    const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    // The font files and the stylesheet of their @font-face rules (one for the whole site, its URL in a <meta>).
    const fonts = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.woff2') || /\/_astro\/fonts\/[^/]+\.css$/.test(entry.name));
    return {
      fonts: fonts.filter((entry) => entry.name.endsWith('.woff2')).length,
      stylesheets: fonts.filter((entry) => entry.name.endsWith('.css')).length,
      askedBeforePaint: fonts.filter((entry) => entry.startTime < paint || entry.startTime < loaded).map((entry) => entry.name),
    };
  });
  expect(order.fonts, 'the web font is used').toBeGreaterThan(0);
  expect(order.stylesheets, 'the font stylesheet is fetched').toBe(1);
  expect(order.askedBeforePaint, 'font files or their stylesheet asked for before the first paint and the load event').toEqual([]);
  expect(await page.evaluate((family) => document.fonts.check(`16px "${family}"`, '카프카'), fontFamily)).toBe(true);

  // The next page: the font is in the browser's cache, so the head script switches before the first paint
  // (seen as the class being there when the document has been parsed, long before the load event), and adds
  // the font stylesheet as render-blocking, so that first paint already knows Pretendard's files.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const state = window as unknown as { classAtParse: string; stylesheetAtParse: string | null };
      state.classAtParse = document.documentElement.className;
      state.stylesheetAtParse = document.querySelector('head > link[rel="stylesheet"][blocking="render"]')?.getAttribute('href') ?? null;
    });
  });
  await page.goto(pageUrl(samplePages.topic), { waitUntil: 'load' });
  const atParse = await page.evaluate(() => {
    const { classAtParse, stylesheetAtParse } = window as unknown as { classAtParse: string; stylesheetAtParse: string | null };
    return { classAtParse, stylesheetAtParse };
  });
  expect(atParse.classAtParse).toMatch(new RegExp(`\\b${webFontClass}\\b`));
  expect(atParse.stylesheetAtParse).toMatch(/\/_astro\/fonts\/site-font-\w+\.css$/);
  await context.close();

  // Without JavaScript nothing switches: the `no-js` rules name Pretendard from the start.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  const fontRequests: string[] = [];
  plain.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fontRequests.push(request.url());
  });
  await plain.goto(pageUrl('messaging/kafka/'), { waitUntil: 'networkidle' });
  await expect(plain.locator('html')).toHaveClass(/\bno-js\b/);
  expect(fontRequests.length, 'font files fetched without JavaScript').toBeGreaterThan(0);
  await noScript.close();
});
