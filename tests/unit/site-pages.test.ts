import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { navPages, sitePages, sitePageUrls } from '../../src/config/site-pages.ts';
import strings from '../../src/i18n/ko.json' with { type: 'json' };

/** The URL a static page file in src/pages/ is served at ('study.astro' → '/study/'). */
const urlOf = (file: string) => `/${file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');

describe('the site pages table', () => {
  it('has one row for every static page in src/pages (and a file for every row)', () => {
    const files = globSync('**/*.astro', { cwd: 'src/pages' }).filter((file) => !file.includes('[') && file !== '404.astro');
    expect([...sitePageUrls].sort()).toEqual(files.map(urlOf).sort());
    expect(sitePageUrls.size).toBe(sitePages.length);
  });

  it('gives every page a title string and lists the study pages in the navigation', () => {
    for (const page of sitePages) expect(strings, page.url).toHaveProperty([page.titleKey]);
    expect(navPages.map((page) => page.url)).toEqual(['/study/', '/glossary/', '/checklist/']);
    for (const page of sitePages) expect(page.url).toMatch(/^\/([^/]+\/)*$/);
  });
});
