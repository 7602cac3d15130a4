import type { PostBuildStep } from './step.ts';
import { anchorRegistry } from './steps/anchor-registry.ts';
import { brokenLinks } from './steps/broken-links.ts';
import { linkPreviews } from './steps/link-previews.ts';
import { ogCards } from './steps/og-cards.ts';
import { pageSizes } from './steps/page-sizes.ts';
import { precompressFiles } from './steps/precompress-files.ts';
import { rewritePages } from './steps/rewrite-pages.ts';
import { scriptPolicy } from './steps/script-policy.ts';
import { searchIndex } from './steps/search-index.ts';
import { sharePages } from './steps/share-pages.ts';

/**
 * What happens to the built site, in order: checks first (nothing is written until they pass), then the
 * outputs, compression last because it reads what the others wrote. A step is one module and one line here.
 */
export const postBuildSteps: readonly PostBuildStep[] = [
  brokenLinks, // every internal link and anchor resolves
  anchorRegistry, // no published URL or section id lost; content/anchor-registry.json verified (CI) or updated
  scriptPolicy, // no inline script but the site's own, no on… attribute, no javascript: URL
  pageSizes, // a page far above normal size is named (a warning)
  ogCards, // Open Graph cards (the topic pages' drawn ahead, while Astro builds)
  rewritePages, // the site font cut to the pages' text, and the CSP, into every page and _headers
  searchIndex, // Pagefind full-text index of the articles
  sharePages, // a small page at every section's share address (after the index: not content to find)
  linkPreviews, // one small JSON per page for the previews of links in notes (fetched on first hover/focus)
  precompressFiles, // .gz and .br twins of text files for the server
];
