import type { Element, ElementContent, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { t } from '../../i18n/index.ts';

const linkedLevels = new Set(['h2', 'h3']);

/**
 * Gives each h2/h3 a way to share it, in the manner of Starlight's accessible heading links: a plain
 * `#id` link (works without JavaScript: it puts the section's address in the address bar) and a
 * "링크 복사" button, shown when the script runs, that copies the section's share address, and a "공유" button
 * for the phone's share sheet, shown only where there is one. Old ids kept
 * as aliases (`{/* #id alias:old *\/}`) become empty anchors beside the heading, so old links still land.
 * Runs after rehype-heading-ids.
 */
export function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!linkedLevels.has(node.tagName) || !parent || index === undefined) return;
      if (parent.type === 'element' && parent.properties.className?.toString().includes('heading-wrapper')) return;
      const id = String(node.properties.id);
      const title = hastToString(node);
      const aliases = typeof node.properties.dataAnchorAliases === 'string' ? node.properties.dataAnchorAliases.split(' ') : [];
      delete node.properties.dataAnchorAliases;
      const aliasAnchors: ElementContent[] = aliases.map((alias) => ({
        type: 'element',
        tagName: 'span',
        properties: { id: alias, className: ['anchor-alias'], dataAliasOf: id },
        children: [],
        position: node.position,
      }));
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
        children: [
          ...aliasAnchors,
          node,
          {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
            children: [
              { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
              { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: t('heading.anchorLabel', { title }) }] },
            ],
          },
          {
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', className: ['copy-link', 'needs-js'], dataCopyLink: id, ariaLabel: t('heading.copyLinkLabel', { title }), dataPagefindIgnore: '' },
            children: [
              { type: 'element', tagName: 'span', properties: { className: ['copy-label'] }, children: [{ type: 'text', value: t('heading.copyLink') }] },
              { type: 'element', tagName: 'span', properties: { className: ['copy-done'], ariaHidden: 'true' }, children: [{ type: 'text', value: t('link.copiedButton') }] },
            ],
          },
          {
            // The phone's share sheet (navigator.share); hidden until copy-link.ts finds one on a touch screen.
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', className: ['share-link', 'needs-js'], dataShareLink: id, ariaLabel: t('heading.shareLabel', { title }), dataPagefindIgnore: '', hidden: true },
            children: [{ type: 'text', value: t('heading.share') }],
          },
        ],
      };
    });
  };
}
