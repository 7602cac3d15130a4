import type { APIRoute } from 'astro';
import { absoluteUrl } from '../config/site.ts';
import { loadContentIndex } from '../lib/site-content.ts';

/** Every public page, with the topic's last-updated date where it has one. */
export const GET: APIRoute = async () => {
  const index = await loadContentIndex();
  const entries: Array<{ url: string; updated?: Date }> = [
    { url: '/' },
    ...index.categories.map((group) => ({ url: group.url })),
    ...index.topics.map((topic) => ({ url: topic.url, updated: topic.updated })),
    { url: '/tags/' },
    ...index.tags.map((group) => ({ url: group.url })),
    { url: '/checklist/' },
    { url: '/search/' },
  ];
  const body = entries
    .map(({ url, updated }) => `  <url><loc>${escapeXml(encodeURI(absoluteUrl(url)))}</loc>${updated ? `<lastmod>${updated.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`)
    .join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
