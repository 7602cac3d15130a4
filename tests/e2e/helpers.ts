import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Every page of the build, as a path relative to the base URL ('' for home, 'messaging/kafka/' …). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name === 'index.html') {
        pages.push(path.relative('dist', dir).split(path.sep).join('/'));
      }
    }
  };
  walk('dist');
  return pages.map((page) => (page ? `${page}/` : '')).sort();
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
