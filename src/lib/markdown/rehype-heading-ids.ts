import type { Element, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { slugify } from '../slug.ts';

const headingTags = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Gives every h2–h6 an id from `slugify` (pinned ids from remark-pinned-heading-ids are kept, as rehype-slug
 * keeps existing ids). Duplicates are not disambiguated with a silent `-1`: the heading-id rule reports them
 * (src/lib/checks/rules/heading-id.ts), as it reports a heading without letters, which gets no id here.
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!headingTags.has(node.tagName) || typeof node.properties.id === 'string') return;
      const id = slugify(hastToString(node));
      if (id) node.properties.id = id;
    });
  };
}
