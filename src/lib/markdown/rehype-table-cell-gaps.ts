import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Ends every table cell with a space. The compiled page has no whitespace between `</td><td>`, and
 * Pagefind reads a row as one run of text, so search excerpts glued the cells together
 * (`구분LettuceRedisson`). A trailing space inside a cell changes nothing on screen.
 */
export function rehypeTableCellGaps() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'td' && node.tagName !== 'th') return;
      const last = node.children.at(-1);
      if (last?.type === 'text' && /\s$/.test(last.value)) return;
      node.children.push({ type: 'text', value: ' ' });
    });
  };
}
