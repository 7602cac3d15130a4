import { expect, test } from '@playwright/test';
import { builtPages, contrastRatio, pageUrl, webFontLoaded } from './helpers.ts';

/** Topic pages, where diagrams live. */
const topicPages = builtPages().filter((page) => page.split('/').length === 3 && !page.startsWith('tags/'));

test('no Mermaid code or script reaches the browser', async ({ page }) => {
  test.setTimeout(300_000); // visits every page of the build
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of topicPages) {
    await page.goto(pageUrl(path));
    await expect(page.locator('code.language-mermaid, pre.mermaid, .mermaid')).toHaveCount(0);
  }
  for (const script of scripts) {
    const body = await (await page.request.get(script)).text();
    expect(body, script).not.toMatch(/mermaid|shiki|playwright/i);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`every diagram is one captioned SVG, no label is clipped and every label is legible (${theme})`, async ({ page }) => {
    test.setTimeout(300_000); // visits every page of the build
    await page.emulateMedia({ colorScheme: theme });
    let diagramCount = 0;
    for (const path of topicPages) {
      await page.goto(pageUrl(path));
      await page.evaluate(() => document.fonts.ready);
      const figures = page.locator('figure.diagram');
      const count = await figures.count();
      diagramCount += count;
      for (let index = 0; index < count; index++) {
        const figure = figures.nth(index);
        await expect(figure.locator('svg'), `${path} diagram ${index + 1}`).toHaveCount(1);
        const visible = figure.locator('.diagram-canvas svg');
        await expect(visible, `${path} diagram ${index + 1}`).toBeVisible();
        await expect(figure).toHaveAccessibleName(/\S/);
        await expect(figure.locator('.diagram-labels')).toHaveText(/다이어그램 요소: \S/);
        const clipped = await visible.evaluate((svg) => {
          const problems: string[] = [];
          const svgBox = svg.getBoundingClientRect();
          const inside = (inner: DOMRect, outer: DOMRect, slack = 2) =>
            inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
          for (const text of svg.querySelectorAll('text')) {
            const label = (text.textContent ?? '').trim();
            const box = text.getBoundingClientRect();
            if (!label || box.width === 0) continue;
            if (!inside(box, svgBox)) problems.push(`"${label}" overflows the diagram`);
            // A node's label must sit inside the node's own shape.
            const node = text.closest('g.node');
            const shape = node?.querySelector(':scope > rect, :scope > polygon, :scope > circle, :scope > path, :scope > g > rect, :scope > g > path');
            if (shape && !inside(box, shape.getBoundingClientRect())) problems.push(`"${label}" is wider or taller than its node`);
          }
          return problems;
        });
        expect(clipped, `${path} diagram ${index + 1}`).toEqual([]);
        // Axe does not measure SVG text, so each label's colour is compared here with what is painted under
        // its middle: the topmost filled shape (a node, a note, an edge label's box) or the figure itself.
        await visible.scrollIntoViewIfNeeded();
        const pairs = await visible.evaluate((svg) =>
          [...svg.querySelectorAll('text')]
            .filter((text) => (text.textContent ?? '').trim())
            .map((text) => {
              text.scrollIntoView({ block: 'center', inline: 'center' });
              const box = text.getBoundingClientRect();
              // A sequence number is drawn on a circle that a marker of the line before it paints; hit testing
              // never reports a marker's content, so that circle is looked up through the line's marker-start.
              const markerId = text.classList.contains('sequenceNumber') ? /url\(#([^)]+)\)/.exec(text.previousElementSibling?.getAttribute('marker-start') ?? '')?.[1] : undefined;
              const disc = markerId ? svg.querySelector(`[id="${markerId}"] circle`) : null;
              if (disc) return { label: (text.textContent ?? '').trim(), text: getComputedStyle(text).fill, background: getComputedStyle(disc).fill };
              const under = document
                .elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
                .find((element) => !element.closest('text') && element.closest('svg') === svg && element.tagName !== 'svg' && !['none', 'rgba(0, 0, 0, 0)'].includes(getComputedStyle(element).fill));
              const background = under ? getComputedStyle(under).fill : getComputedStyle(svg.closest('figure')!).backgroundColor;
              return { label: (text.textContent ?? '').trim(), text: getComputedStyle(text).fill, background };
            }),
        );
        const illegible = pairs.filter((pair) => contrastRatio(pair.text, pair.background) < 4.5).map((pair) => `"${pair.label}" ${pair.text} on ${pair.background}`);
        expect(illegible, `${path} diagram ${index + 1}`).toEqual([]);
      }
    }
    expect(diagramCount).toBeGreaterThanOrEqual(20);
  });
}

test('diagrams are drawn with the page font, which covers Hangul', async ({ page }) => {
  await page.goto('messaging/kafka-reliability/');
  await webFontLoaded(page);
  const fontFamily = await page
    .locator('.diagram-canvas svg')
    .first()
    .evaluate((svg) => getComputedStyle(svg.querySelector('text')!).fontFamily);
  expect(fontFamily).toContain('Pretendard Variable');
  expect(await page.evaluate(() => document.fonts.check('16px "Pretendard Variable"', '리더 선출'))).toBe(true);
});

test('two diagrams on one page never share element ids', async ({ page }) => {
  test.setTimeout(300_000); // visits every page of the build
  for (const path of topicPages) {
    await page.goto(pageUrl(path));
    const duplicates = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
      return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
    });
    expect(duplicates, path).toEqual([]);
  }
});
