import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeTableCellGaps } from '../../src/lib/markdown/rehype-table-cell-gaps.ts';

const cell = (tagName: 'td' | 'th', text: string): Element => ({ type: 'element', tagName, properties: {}, children: [{ type: 'text', value: text }] });

describe('table cell gaps for the search index', () => {
  it('ends each cell with a space so neighbouring cells never read as one word', () => {
    const row: Element = { type: 'element', tagName: 'tr', properties: {}, children: [cell('th', '구분'), cell('td', 'Lettuce'), cell('td', 'Redisson ')] };
    const tree: Root = { type: 'root', children: [row] };
    rehypeTableCellGaps()(tree);
    const texts = row.children.map((child) => (child as Element).children.map((text) => (text.type === 'text' ? text.value : '')).join(''));
    expect(texts).toEqual(['구분 ', 'Lettuce ', 'Redisson ']);
  });
});
