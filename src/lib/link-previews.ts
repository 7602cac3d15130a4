import type { SectionSummary } from './section-summary.ts';

/**
 * What a link preview needs to know of one page: its title and description (a link to the page) and each
 * section's heading and opening words (a link to `page#id`). One small file per page, fetched the first time
 * a link to that page is previewed: a site of 3,000 pages never ships one site-wide file to every reader.
 */
export interface PreviewData {
  title: string;
  description: string;
  /** By section id: [heading, opening words]. */
  sections: Record<string, [title: string, opening: string]>;
}

/** What one preview shows: the section's heading (or the page title) and its text, with the page named above a section of another page. */
export interface Preview {
  page?: string;
  title: string;
  text: string;
}

/** Where a page's preview data lives, from its URL without the base: `/messaging/kafka/` → `/previews/messaging/kafka.json`. */
export function previewDataPath(pageUrl: string): string {
  const trimmed = pageUrl.replace(/\/$/, '');
  return `/previews${trimmed || '/index'}.json`;
}

/** The preview data of a built page (its sections as read once by src/lib/built-site.ts, its title and description from its meta tags). */
export function previewData(page: { meta: Record<string, string>; sections: readonly SectionSummary[] }): PreviewData {
  return {
    title: page.meta['twitter:title'] ?? page.meta['og:title'] ?? '',
    description: page.meta.description ?? '',
    sections: Object.fromEntries(page.sections.map((section) => [section.id, [section.title, section.opening]])),
  };
}

/**
 * The preview of a link to `id` on the page `data` describes ('' for the page itself). A section shows its
 * own heading and opening, never the page top; the page is named when it is another page. An id that is not
 * a section (an interview question, an old alias) previews the page.
 */
export function previewOf(data: PreviewData, id: string, samePage: boolean): Preview {
  const section = id ? data.sections[id] : undefined;
  if (!section) return { title: data.title, text: data.description };
  const [title, opening] = section;
  return samePage ? { title, text: opening } : { page: data.title, title, text: opening };
}

/** A link a preview can describe: where its page's data is, which section it names, whether it stays on this page. */
export interface PreviewTarget {
  dataUrl: string;
  id: string;
  samePage: boolean;
}

/**
 * Which preview a link's address asks for, or undefined for a link that has none: another site, a file, or
 * a page outside the base. `base` ends in '/'. Ids are compared decoded and NFC, as the headings write them.
 */
export function previewTarget(href: URL, here: URL, base: string): PreviewTarget | undefined {
  if (href.origin !== here.origin || !href.pathname.startsWith(base) || !href.pathname.endsWith('/')) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(href.hash.slice(1)).normalize('NFC');
  } catch {
    return undefined;
  }
  return { dataUrl: `${base}${previewDataPath(`/${href.pathname.slice(base.length)}`).slice(1)}`, id, samePage: href.pathname === here.pathname };
}
