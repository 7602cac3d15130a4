/**
 * Element ids the site itself puts on pages: the furniture around a note (layout, components, pages) and the
 * ids the Markdown pipeline makes for things that are not headings (diagram captions, glossary tips,
 * interview questions). A heading or a pinned/alias id in a note may not take one of them: two elements with
 * one id break `#links`, `aria-labelledby` and the scripts that look them up (a heading "Search Dialog"
 * would break search on its page).
 *
 * The one list, read by the reserved-id rule; tests/unit/reserved-ids.test.ts scans the components, layouts,
 * pages and Markdown plugins and fails when an id they set is missing here.
 */
const reservedIds: readonly string[] = [
  // BaseLayout, SiteHeader, Sidebar, SearchDialog (+ its SearchPanel) — on every page.
  'announcer',
  'main-content',
  'sidebar',
  'search-dialog',
  'search-dialog-panel',
  'search-dialog-panel-input',
  'search-dialog-panel-status',
  'search-dialog-panel-results',
  // Topic pages.
  'toc-title',
  'sources-title',
  'backlinks-title',
  'related-title',
  'link-preview', // the preview of a link in the note (src/scripts/link-preview.ts)
  // Other pages (one list, so a note can never collide with a page it might be shown beside later).
  'category-map-title',
  'category-topics',
  'search-page-panel',
  'search-page-panel-input',
  'search-page-panel-status',
  'search-page-panel-results',
  'not-found-suggestions',
  // GFM footnotes (mdast-util-to-hast).
  'footnote-label',
];

/** Families of ids made from a name or a number: `category-<slug>`, `diagram-<n>-caption`, … */
const reservedIdPatterns: readonly RegExp[] = [
  /^category-/, // home page: one section per category
  /^study-/, // study page: one section per category
  /^checklist-/, // checklist page: one item per subject
  /^term-/, // glossary page: one entry per term
  /^diagram-\d+-caption$/, // rehype-mermaid: the figure caption of the n-th diagram
  /^mmd-/, // Mermaid's SVG ids (src/lib/mermaid/renderer.ts names each diagram `mmd-<hash>-<theme>`) …
  /^chart-(title|desc)-mmd-/, // … and its accessible title and description
  /^(actor\d+|root-\d+)$/, // Mermaid sequence diagrams: unscoped ids of participants
  /^glossary-/, // glossary page: its filter and one group per initial (`glossary-ㄱ`); rehype-glossary-terms: `glossary-tip-<id>`
  /^q-/, // remark-questions: an interview question (slug.ts questionId)
  /^user-content-/, // GFM footnotes and their back references
];

export function isReservedId(id: string): boolean {
  return reservedIds.includes(id) || reservedIdPatterns.some((pattern) => pattern.test(id));
}
