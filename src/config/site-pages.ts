import type { UiStringKey } from '../i18n/index.ts';

/**
 * The site's pages that are not topics, categories or tags: the one table read by the sidebar, the home
 * page, the sitemap and the note link check. Topic, category and tag pages come from the content index.
 * Adding such a page means one row here and one file in src/pages/.
 */
export interface SitePage {
  /** Root-relative URL without the base path, ending in '/'. */
  url: string;
  /** The page's title in src/i18n/ko.json. */
  titleKey: UiStringKey;
  /** Listed among the study links in the sidebar and as a button on the home page. */
  inNav: boolean;
  /** Listed in sitemap.xml (every public page is, unless it has a reason not to be). */
  inSitemap: boolean;
}

export const sitePages: readonly SitePage[] = [
  { url: '/', titleKey: 'nav.home', inNav: false, inSitemap: true },
  { url: '/study/', titleKey: 'study.title', inNav: true, inSitemap: true },
  { url: '/glossary/', titleKey: 'glossary.title', inNav: true, inSitemap: true },
  { url: '/checklist/', titleKey: 'checklist.title', inNav: true, inSitemap: true },
  { url: '/tags/', titleKey: 'tags.title', inNav: false, inSitemap: true },
  { url: '/search/', titleKey: 'search.title', inNav: false, inSitemap: true },
  // Not a study page: reached from every topic page's "마지막 수정" line and the feed link in every page's head.
  { url: '/changes/', titleKey: 'changes.title', inNav: false, inSitemap: true },
];

/** The study links of the sidebar and the home page's buttons, in this order (the first is the main one). */
export const navPages: readonly SitePage[] = sitePages.filter((page) => page.inNav);

/** The URLs a note may link to besides topics, categories and tags. */
export const sitePageUrls: ReadonlySet<string> = new Set(sitePages.map((page) => page.url));
