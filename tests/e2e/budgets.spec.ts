import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { firstLoadWeight } from '../../scripts/lib/page-weight.ts';
import { webFontStylesheetMeta } from '../../src/lib/fonts/font-files.ts';
import { pretendardSlices } from '../../src/lib/fonts/pretendard-slices.ts';
import { codePointsOf } from '../../src/lib/fonts/unicode-range.ts';
import { builtPages, pageUrl, webFontLoaded } from './helpers.ts';

/**
 * Page-weight budgets of the first paint, over the built site, with the figures printed:
 * JavaScript ≤ 10 KB gzipped, HTML + CSS ≤ 40 KB gzipped not counting inline diagrams, web font bytes
 * of a typical page ≤ 150 KB, and no render-blocking script.
 */
const topicPages = builtPages().filter((page) => page.split('/').length === 3 && !page.startsWith('tags/'));
const gz = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('topic pages: JavaScript ≤ 10 KB and HTML + CSS ≤ 40 KB gzipped, no render-blocking script', () => {
  const rows: string[] = [];
  let worst = { js: 0, htmlCss: 0 };
  for (const page of topicPages) {
    const html = readFileSync(path.join('dist', page, 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    // Module scripts are deferred; a classic external script in <head> would block rendering.
    expect(head.match(/<script\b(?![^>]*type="module")[^>]*\bsrc=/g) ?? [], page).toEqual([]);
    // Script files and the chunks they import statically all load with the page.
    const { js, css } = firstLoadWeight('dist', html);
    const withoutDiagrams = html.replace(/<figure class="diagram"[\s\S]*?<\/figure>/g, '');
    const htmlCss = gz(withoutDiagrams) + css;
    rows.push(`${page.padEnd(42)} JS ${kb(js).padStart(8)}  HTML+CSS ${kb(htmlCss).padStart(8)}  (diagrams inline: ${kb(gz(html) - gz(withoutDiagrams))})`);
    worst = { js: Math.max(worst.js, js), htmlCss: Math.max(worst.htmlCss, htmlCss) };
    expect(js, page).toBeLessThanOrEqual(10 * 1024);
    expect(htmlCss, page).toBeLessThanOrEqual(40 * 1024);
  }
  console.log(`${rows.join('\n')}\nlargest: JS ${kb(worst.js)}, HTML+CSS ${kb(worst.htmlCss)}`);
});

test('web font bytes a page downloads stay ≤ 150 KB, and no font is preloaded', async ({ page }) => {
  const rows: string[] = [];
  for (const path of ['', 'messaging/kafka-reliability/', 'data/redis/', 'security/payment-tokenization/', 'study/']) {
    const fontBytes = new Map<string, number>();
    const listener = async (response: import('@playwright/test').Response) => {
      if (response.url().endsWith('.woff2')) fontBytes.set(new URL(response.url()).pathname, (await response.body()).length);
    };
    page.on('response', listener);
    await page.goto(pageUrl(path), { waitUntil: 'load' });
    // The page switches to the web font after its first paint (tests/e2e/fonts.spec.ts); then it is laid out again.
    await webFontLoaded(page);
    page.off('response', listener);
    // A preload would fetch the font beside the CSS, on the first paint's path, which is what the site avoids.
    expect(await page.locator('link[rel="preload"][as="font"]').count(), path).toBe(0);
    const total = [...fontBytes.values()].reduce((sum, bytes) => sum + bytes, 0);
    rows.push(`/${path.padEnd(34)} ${fontBytes.size} font files, ${kb(total)}`);
    expect(total, path).toBeLessThanOrEqual(150 * 1024);
    expect(total, path).toBeGreaterThan(0); // the web font is really used
  }
  console.log(rows.join('\n'));
});

test('every character a page shows that Pretendard has is covered by the font stylesheet the page links', async () => {
  const stylesheets = new Map<string, Set<number>>();
  const covering = (href: string) => {
    if (!stylesheets.has(href)) {
      const covered = new Set<number>();
      for (const [, range] of readFileSync(path.join('dist', href), 'utf8').matchAll(/unicode-range:([^;}]+)/g)) for (const codePoint of codePointsOf(range!)) covered.add(codePoint);
      stylesheets.set(href, covered);
    }
    return stylesheets.get(href)!;
  };
  const pretendard = new Set((await pretendardSlices()).flatMap((slice) => slice.codePoints));
  const missing: string[] = [];
  for (const page of builtPages()) {
    const html = readFileSync(path.join('dist', page, 'index.html'), 'utf8');
    const href = new RegExp(`<meta name="${webFontStylesheetMeta}" content="([^"]+)">`).exec(html)?.[1];
    expect(href, page).toBeDefined();
    expect(html, page).toContain(`<noscript><link rel="stylesheet" href="${href}"></noscript>`);
    const covered = covering(href!);
    const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
    const uncovered = new Set([...text].filter((character) => /[\p{L}\p{N}]/u.test(character) && pretendard.has(character.codePointAt(0)!) && !covered.has(character.codePointAt(0)!)));
    if (uncovered.size > 0) missing.push(`${page}: ${[...uncovered].join('')}`);
  }
  // One stylesheet for the whole site: the font's part of a page does not depend on the notes.
  expect(stylesheets.size).toBe(1);
  expect(missing).toEqual([]);
});

test('the link-preview code, loaded on first hover or focus only, is ≤ 3 KB gzipped and not part of the first load', () => {
  const chunks = readdirSync('dist/_astro').filter((file) => /^link-preview\.[\w-]+\.js$/.test(file));
  expect(chunks).toHaveLength(1);
  const bytes = gz(readFileSync(path.join('dist/_astro', chunks[0]!)));
  const html = readFileSync(path.join('dist', 'messaging/kafka/index.html'), 'utf8');
  const { scripts } = firstLoadWeight('dist', html);
  console.log(`link-preview chunk: ${kb(bytes)} gzipped (loaded on first hover/focus of a link in a note)`);
  expect(bytes).toBeLessThanOrEqual(3 * 1024);
  expect(scripts.some((script) => script.includes('link-preview.'))).toBe(false);
  expect(html).not.toContain('link-preview.');
});
