import { escapeRegExp, normalizeQuery, stripParticle } from '../lib/search/text.ts';

/**
 * On arrival from a search result (`?hl=<query>`), marks the query's words in the article and then
 * removes `hl` from the address, so the link a reader copies next stays clean.
 */
export function initHighlightTerms(): void {
  const url = new URL(location.href);
  const query = url.searchParams.get('hl');
  if (!query) return;
  url.searchParams.delete('hl');
  history.replaceState(history.state, '', url);

  const words = normalizeQuery(query)
    .split(' ')
    .map(stripParticle)
    .filter((word) => word.length >= 1);
  const article = document.querySelector('article');
  if (!article || words.length === 0) return;
  const pattern = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'gi');
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('svg, script, style, button, .diagram-text, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const textNodes: Text[] = [];
  while (walker.nextNode()) textNodes.push(walker.currentNode as Text);
  for (const node of textNodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    const pieces = text.split(pattern);
    const fragment = document.createDocumentFragment();
    pieces.forEach((piece, index) => {
      if (!piece) return;
      if (index % 2 === 1) {
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = piece;
        fragment.append(mark);
      } else {
        fragment.append(piece);
      }
    });
    node.replaceWith(fragment);
  }
}
