import { siteName } from '../../config/site.ts';
import type { ContentIndex } from '../content-index.ts';
import type { CardText } from './card-layout.ts';

/** A page with its own Open Graph card, by its root-relative URL. */
export interface PageCard {
  url: string;
  text: CardText;
}

/**
 * Which pages have their own card (home, each category, each topic; the rest share the home card) and what
 * each card says: the one place both are decided. The layout puts these texts in the page's og:title and
 * article:section; the card painter draws the same texts. Nothing reads them back from the built pages.
 */
export function pageCards(index: ContentIndex): PageCard[] {
  return [
    { url: '/', text: { title: siteName, category: '', siteName } },
    ...index.categories.map((group) => ({ url: group.url, text: { title: group.category.name, category: group.category.name, siteName } })),
    ...index.topics.map((topic) => ({ url: topic.url, text: { title: topic.title, category: topic.categoryInfo.name, siteName } })),
  ];
}
