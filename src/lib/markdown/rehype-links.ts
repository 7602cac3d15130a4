import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { basePath, withBase } from '../../config/site.ts';

/**
 * Authors write links root-relative (`/messaging/kafka/#리더-선출`); this adds the site's base path so the
 * same notes work at `/` and under a sub-path. External links open no window handle to this site
 * (`rel="noopener noreferrer"`) and leak no referrer.
 */
export function rehypeLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      if (href.startsWith('/') && !href.startsWith('//')) {
        // Markdown percent-encodes link targets; keep them readable Korean, as the heading ids are.
        const readable = safeDecode(href);
        const alreadyBased = basePath !== '/' && readable.startsWith(basePath);
        node.properties.href = alreadyBased ? readable : withBase(readable);
      } else if (/^https?:\/\//.test(href)) {
        node.properties.rel = ['noopener', 'noreferrer'];
      }
    });
  };
}

function safeDecode(href: string): string {
  try {
    return decodeURI(href).normalize('NFC');
  } catch {
    return href;
  }
}
