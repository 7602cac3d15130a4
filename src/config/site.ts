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

/**
 * The build's own caches, each safe to delete: what one build computed that the next can reuse. Each may be
 * moved by its variable (the build benchmark and tests give every run fresh folders).
 */
export const buildCacheDirs = {
  /** Notes compiled from MDX to JavaScript, by source and pipeline. */
  compiledNotes: process.env.MDX_CACHE_DIR ?? 'node_modules/.cache/infra-notes-mdx',
  /** Mermaid diagrams drawn to SVG, by source, Mermaid version, font and render settings. */
  diagrams: process.env.DIAGRAM_CACHE_DIR ?? 'node_modules/.cache/infra-notes-diagrams',
  /** Open Graph cards, by their texts and the card design. */
  ogCards: process.env.OG_CACHE_DIR ?? 'node_modules/.cache/infra-notes-og',
  /** What the link check read from each built page, by the page's bytes. */
  parsedPages: process.env.PARSED_PAGES_CACHE_DIR ?? 'node_modules/.cache/infra-notes-pages',
  /** The web font's planned slices, by font, characters, weights and subsetter (src/lib/fonts/subset-site-font.ts). */
  fonts: process.env.FONT_CACHE_DIR ?? 'node_modules/.cache/infra-notes-fonts',
  /** .gz and .br forms of text files, by content. */
  precompressed: process.env.PRECOMPRESS_CACHE_DIR ?? 'node_modules/.cache/infra-notes-precompress',
};

/**
 * Where a note's source can be edited, as a URL prefix to which the note's path inside the content folder is
 * appended: EDIT_BASE_URL=https://github.com/owner/infra-notes/edit/main/content/ gives topic pages an
 * "이 페이지 편집" link to …/content/messaging/kafka.mdx. Unset: no link.
 */
export const editBaseUrl = normalizeEditBase(process.env.EDIT_BASE_URL);

export const siteName = '인프라 노트';
export const siteLang = 'ko';

function normalizeEditBase(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (!/^https?:\/\/[^/]+/.test(trimmed)) throw new Error(`EDIT_BASE_URL은 http(s) 주소여야 합니다 (예: https://github.com/owner/repo/edit/main/content/): "${trimmed}"`);
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

function normalizeBase(base: string): string {
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

/** The edit link of a note (`<category>/<topic>` id), or undefined when no repository is set (EDIT_BASE_URL). */
export function noteEditUrl(topicId: string, base = editBaseUrl): string | undefined {
  return base ? `${base}${topicId.split('/').map(encodeURIComponent).join('/')}.mdx` : undefined;
}
