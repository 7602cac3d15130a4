import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visitParents } from 'unist-util-visit-parents';

/** What the checks need of one built page. */
export interface BuiltPage {
  /** Root-relative URL without the base path: `/messaging/kafka/`. */
  url: string;
  file: string;
  /** Every element id on the page (headings, alias anchors, questions …). */
  ids: Set<string>;
  /** h2/h3 ids in order: the sections a link may point at, as recorded in the anchor registry. */
  sectionIds: string[];
  /** Every `<a href>` as written. */
  links: string[];
  /** A redirect page (Astro writes these for `redirects`): where it sends the reader. */
  redirectTo?: string;
  /** `<meta>` contents by `property` or `name` (og:title, og:image, article:section …). */
  meta: Record<string, string>;
}

/**
 * Reads every HTML page of a build in `distDir` once, for the link checker and the anchor registry.
 * `base` is the site's base path; URLs are returned without it so they compare with content URLs.
 */
export async function readBuiltSite(distDir: string, base = '/'): Promise<Map<string, BuiltPage>> {
  const pages = new Map<string, BuiltPage>();
  const files = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
  await Promise.all(
    files.map(async (relative) => {
      const file = path.join(distDir, relative);
      const html = await readFile(file, 'utf8');
      const url = pageUrlOf(relative.split(path.sep).join('/'));
      pages.set(url, parsePage(url, file, html, base));
    }),
  );
  return pages;
}

function pageUrlOf(relative: string): string {
  if (relative === 'index.html') return '/';
  if (relative.endsWith('/index.html')) return `/${relative.slice(0, -'index.html'.length)}`;
  return `/${relative}`;
}

function parsePage(url: string, file: string, html: string, base: string): BuiltPage {
  const tree = fromHtml(html);
  const page: BuiltPage = { url, file, ids: new Set(), sectionIds: [], links: [], meta: {} };
  visitParents(tree, 'element', (node: Element, ancestors) => {
    const id = node.properties.id;
    if (typeof id === 'string') {
      page.ids.add(id);
      // Section ids are the note's own h2/h3 (inside .prose), not page furniture such as "출처".
      if ((node.tagName === 'h2' || node.tagName === 'h3') && ancestors.some(isProse)) page.sectionIds.push(id);
    }
    if (node.tagName === 'a' && typeof node.properties.href === 'string') page.links.push(node.properties.href);
    if (node.tagName === 'meta' && typeof node.properties.content === 'string') {
      const key = node.properties.property ?? node.properties.name;
      if (typeof key === 'string') page.meta[key] = node.properties.content;
    }
    if (node.tagName === 'meta' && String(node.properties.httpEquiv).toLowerCase() === 'refresh') {
      const target = /url=(.+)$/i.exec(String(node.properties.content))?.[1];
      if (target) page.redirectTo = stripBase(target, base);
    }
  });
  return page;
}

function isProse(node: unknown): boolean {
  const className = (node as Element).properties?.className;
  return Array.isArray(className) && className.includes('prose');
}

/** `/infra-notes/messaging/kafka/` → `/messaging/kafka/` when the base is `/infra-notes/`. */
export function stripBase(pathname: string, base: string): string {
  if (base === '/' || !pathname.startsWith(base)) return pathname;
  return `/${pathname.slice(base.length)}`;
}
