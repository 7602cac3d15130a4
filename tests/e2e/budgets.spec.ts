import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { firstLoadWeight } from '../../scripts/lib/page-weight.ts';
import { webFontClass } from '../../src/lib/fonts/font-files.ts';
import { builtPages, pageUrl } from './helpers.ts';

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
    await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${webFontClass}\\b`));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)).then(() => document.fonts.ready));
    await page.waitForLoadState('networkidle');
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

test('every character a page shows is covered by the font rules in that page', () => {
  const missing: string[] = [];
  for (const page of builtPages()) {
    const html = readFileSync(path.join('dist', page, 'index.html'), 'utf8');
    const covered = new Set<number>();
    for (const [, ranges] of html.matchAll(/unicode-range:([^}]+)\}/g)) {
      for (const range of ranges!.split(',')) {
        const [start, end] = range
          .replace('U+', '')
          .split('-')
          .map((hex) => parseInt(hex, 16));
        for (let code = start!; code <= (end ?? start!); code++) covered.add(code);
      }
    }
    const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
    const uncovered = new Set([...text].filter((character) => /[\p{L}\p{N}]/u.test(character) && !covered.has(character.codePointAt(0)!)));
    if (uncovered.size > 0) missing.push(`${page}: ${[...uncovered].join('')}`);
  }
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
