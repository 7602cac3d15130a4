import type { Element, Root } from 'hast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

export interface NoteId {
  id: string;
  /** What made it: a heading (its id, pinned or from its text), an alias anchor, or anything else. */
  kind: 'heading' | 'alias' | 'other';
  node: Node;
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Every id a note puts on its page, in document order: heading ids, alias anchors (rehype-heading-links), the
 * ids of `<Question>` blocks and whatever else the pipeline made (diagram captions, glossary tips).
 */
export function noteIds(tree: Root): NoteId[] {
  const ids: NoteId[] = [];
  visit(tree, (node) => {
    if (node.type === 'element') {
      const element = node as Element;
      const id = element.properties.id;
      if (typeof id === 'string') {
        const kind = headingTags.has(element.tagName) ? 'heading' : element.properties.dataAliasOf !== undefined ? 'alias' : 'other';
        ids.push({ id, kind, node: element });
      }
      // Before rehype-heading-links runs, aliases are still a data attribute of the heading.
      if (typeof element.properties.dataAnchorAliases === 'string') {
        for (const alias of element.properties.dataAnchorAliases.split(' ')) ids.push({ id: alias, kind: 'alias', node: element });
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attribute = (node as MdxJsxFlowElement).attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'id');
      if (typeof attribute?.value === 'string') ids.push({ id: attribute.value, kind: 'other', node });
    }
  });
  return ids;
}
