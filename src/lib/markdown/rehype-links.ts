import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { basePath, withBase } from '../../config/site.ts';
import { addToFrontmatter } from './astro-frontmatter.ts';

/**
 * Authors write links root-relative (`/messaging/kafka/#리더-선출`); this adds the site's base path so the
 * same notes work at `/` and under a sub-path. External links open no window handle to this site
 * (`rel="noopener noreferrer"`) and leak no referrer.
 */
export function rehypeLinks() {
  return (tree: Root, file: VFile) => {
    // Root-relative targets as the author wrote them (no base), for backlinks and related topics.
    const links = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      if (href.startsWith('/') && !href.startsWith('//')) {
        // Markdown percent-encodes link targets; keep them readable Korean, as the heading ids are.
        const readable = safeDecode(href);
        links.add(readable.split('#')[0]!);
        const alreadyBased = basePath !== '/' && readable.startsWith(basePath);
        node.properties.href = alreadyBased ? readable : withBase(readable);
      } else if (/^https?:\/\//.test(href)) {
        node.properties.rel = ['noopener', 'noreferrer'];
      }
    });
    addToFrontmatter(file, { links: [...links] });
  };
}

function safeDecode(href: string): string {
  try {
    return decodeURI(href).normalize('NFC');
  } catch {
    return href;
  }
}
