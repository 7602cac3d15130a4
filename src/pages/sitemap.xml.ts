import type { APIRoute } from 'astro';
import { absoluteUrl } from '../config/site.ts';
import { sitePages } from '../config/site-pages.ts';
import { loadContentIndex } from '../lib/site-content.ts';

/**
 * Every public page: the site pages' table, then the content index's categories, topics (with the note's
 * last change, the date its page shows) and tags. Hand-made rather than @astrojs/sitemap, whose `serialize` runs after the
 * build, outside the content layer, so the topics' dates would have to be read a second way, and which
 * logs a failure there and writes no sitemap instead of failing the build. tests/e2e/pages.spec.ts checks
 * that every built page is listed.
 */
export const GET: APIRoute = async () => {
  const index = await loadContentIndex();
  const entries: Array<{ url: string; updated?: string }> = [
    ...sitePages.filter((page) => page.inSitemap).map(({ url }) => ({ url })),
    ...index.categories.map((group) => ({ url: group.url })),
    ...index.topics.map((topic) => ({ url: topic.url, updated: topic.lastChange.day })),
    ...index.tags.map((group) => ({ url: group.url })),
  ];
  const body = entries.map(({ url, updated }) => `  <url><loc>${escapeXml(encodeURI(absoluteUrl(url)))}</loc>${updated ? `<lastmod>${updated}</lastmod>` : ''}</url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
