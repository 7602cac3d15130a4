/** The glossary filter's matching, shared by the page (build time) and its island (as the reader types); no dependencies, so the island stays small. */

/** Lower case, no spaces or hyphens: `Consumer Lag`, `consumer-lag` and `consumerlag` all match. */
export function normalizeFilterText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-_·.()]+/g, '');
}

/** Whether an entry's filter text holds the typed query; an empty query matches every entry. */
export function matchesGlossaryFilter(filterText: string, query: string): boolean {
  const wanted = normalizeFilterText(query);
  return wanted === '' || filterText.split('|').some((name) => name.includes(wanted));
}
