import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { webFontClass } from '../../src/lib/fonts/font-files.ts';
import { isSharePage } from '../../src/lib/share-pages.ts';

/**
 * Every page of the build, as a path relative to the base URL ('' for home, 'messaging/kafka/' …); not the
 * sections' share pages (sharePages() lists those), which are stand-ins that send the reader on.
 */
export function builtPages(): string[] {
  return indexFolders()
    .filter((folder) => !folder.share)
    .map((folder) => folder.page);
}

/** Every section share page of the build ('messaging/kafka/리더-선출/' …), sorted. */
export function sharePages(): string[] {
  return indexFolders()
    .filter((folder) => folder.share)
    .map((folder) => folder.page);
}

function indexFolders(): Array<{ page: string; share: boolean }> {
  const pages: Array<{ page: string; share: boolean }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name === 'index.html') {
        const page = path.relative('dist', dir).split(path.sep).join('/');
        pages.push({ page: page ? `${page}/` : '', share: isSharePage(readFileSync(full, 'utf8')) });
      }
    }
  };
  walk('dist');
  return pages.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
}

/** Relative URL for page.goto: Korean segments are percent-encoded as a browser would send them. */
export const pageUrl = (page: string) => encodeURI(page) || './';

export const samplePages = {
  home: '',
  category: 'messaging/',
  topic: 'messaging/kafka-reliability/',
  tag: 'tags/kafka/',
};

/**
 * Fails the test on any console error, uncaught exception or request to another origin: the site must
 * work offline and on its own. Call before navigating.
 */
export function watchForProblems(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') problems.push(`external request: ${request.url()}`);
  });
  return { problems };
}

export async function expectNoProblems(watch: { problems: string[] }) {
  expect(watch.problems, watch.problems.join('\n')).toEqual([]);
}

/** Relative luminance (0 black … 1 white) of a computed `rgb()`/`rgba()` colour (WCAG 2). */
export function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two computed colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * Waits until the page has switched to the web font (src/lib/site-scripts.ts) and the files it needs have
 * arrived: the class, then the @font-face stylesheet the script adds with it, then the font loads that its
 * rules started. `document.fonts.ready` alone resolves too early: until the stylesheet is in, no font is loading.
 */
export async function webFontLoaded(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${webFontClass}\\b`));
  await page.waitForFunction(() => [...document.styleSheets].some((sheet) => /\/_astro\/fonts\/[^/]+\.css$/.test(sheet.href ?? '')));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)).then(() => document.fonts.ready));
}
