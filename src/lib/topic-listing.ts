import type { CategoryGroup, ContentIndex, Topic } from './content-index.ts';

/**
 * How much of the topic list the sidebar and the home page carry. Every page repeats the sidebar, so a
 * sidebar listing every topic makes the whole site grow with the square of its size (3,000 topics would
 * put 3,000 links in each of 3,000 pages). Up to `fullListLimit` topics — the real site has a few dozen —
 * everything is listed; past it, the sidebar lists the topics of the current category only and names the
 * other categories with their counts, and the home page shows the first cards of each category with a
 * link to the rest. Nothing becomes unreachable: every topic stays one click away on its category page.
 */
const fullListLimit = 150;
const homeCardsWhenFolded = 12;

export interface ListedGroup extends CategoryGroup {
  /** The topics this listing shows (all of them, or none / the first few when folded). */
  listed: Topic[];
  /** True when some of the category's topics are left to its page. */
  folded: boolean;
}

/** The category a page belongs to: a topic's own, a category page's, or none (home, tags, study…). */
export function categoryOfPage(index: ContentIndex, currentUrl: string): string | undefined {
  return index.categories.find((group) => currentUrl === group.url || group.topics.some((topic) => topic.url === currentUrl))?.category.slug;
}

export function sidebarGroups(index: ContentIndex, currentUrl: string, limit = fullListLimit): ListedGroup[] {
  if (index.topics.length <= limit) return index.categories.map((group) => ({ ...group, listed: group.topics, folded: false }));
  const current = categoryOfPage(index, currentUrl);
  return index.categories.map((group) => {
    const open = group.category.slug === current;
    return { ...group, listed: open ? group.topics : [], folded: !open };
  });
}

export function homeGroups(index: ContentIndex, limit = fullListLimit, cards = homeCardsWhenFolded): ListedGroup[] {
  const fold = index.topics.length > limit;
  return index.categories.map((group) => {
    const listed = fold ? group.topics.slice(0, cards) : group.topics;
    return { ...group, listed, folded: listed.length < group.topics.length };
  });
}
