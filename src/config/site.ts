/**
 * Site settings: the one place that knows the site's public URL, base path and name.
 * Astro's config, canonical URLs, Open Graph tags, the sitemap and copy-link all read these.
 *
 * SITE_URL and BASE_PATH may be set in the environment so the same build can be hosted at another
 * address or under a sub-path (e.g. GitHub Pages: BASE_PATH=/infra-notes). CONTENT_DIR lets the tests
 * build small fixture sites through the real pipeline.
 */
export const siteUrl = (process.env.SITE_URL ?? 'https://infra-notes.dev').replace(/\/+$/, '');

/** Always starts and ends with '/', e.g. '/' or '/infra-notes/'. */
export const basePath = normalizeBase(process.env.BASE_PATH ?? '/');

export const contentDir = process.env.CONTENT_DIR ?? 'content';

/** Astro's cache (content store, incremental-build pages); the build benchmark points it at its own folder. */
export const astroCacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

export const siteName = '인프라 노트';
export const siteLang = 'ko';

export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A root-relative site path ('/messaging/kafka/') as served, with the base path in front. */
export function withBase(path: string): string {
  if (!path.startsWith('/')) throw new Error(`withBase expects a root-relative path, got "${path}"`);
  return basePath + path.slice(1);
}

/** The absolute URL of a root-relative site path, for canonical links, Open Graph and copy-link. */
export function absoluteUrl(path: string): string {
  return siteUrl + withBase(path);
}
