import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { rehypeLinks } from './markdown/rehype-links.ts';

/**
 * An interview answer as HTML for a page other than its note (the study page): `#section` links point
 * back into the note, and root-relative and external links get the same treatment as in the note.
 */
export function answerToHtml(answer: Root, noteUrl: string): string {
  const tree = structuredClone(answer);
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) {
      node.properties.href = `${noteUrl}${node.properties.href}`;
    }
  });
  rehypeLinks()(tree, new VFile());
  return toHtml(tree);
}
