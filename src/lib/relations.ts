import type { Topic } from './content-index.ts';

/** Notes that link to `topic`, in reading order. */
export function backlinksOf(topic: Topic, topics: Topic[], linksOf: (topic: Topic) => string[]): Topic[] {
  return topics.filter((other) => other.id !== topic.id && linksOf(other).includes(topic.url));
}

/**
 * A few notes a reader of `topic` may want next: shared tags count twice, the same category once;
 * notes the page already links to or is linked from are left out (the reader has those).
 */
export function relatedTopics(topic: Topic, topics: Topic[], exclude: Set<string>, limit = 3): Topic[] {
  return topics
    .filter((other) => other.id !== topic.id && !exclude.has(other.url))
    .map((other) => ({
      other,
      score: 2 * other.tags.filter((tag) => topic.tags.includes(tag)).length + (other.category === topic.category ? 1 : 0),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ other }) => other);
}

/** How many links go from notes of one category to notes of another: the edges of the home page map. */
export function categoryLinks(topics: Topic[], linksOf: (topic: Topic) => string[]): Map<string, number> {
  const categoryOfUrl = new Map(topics.map((topic) => [topic.url, topic.category]));
  const counts = new Map<string, number>();
  for (const topic of topics) {
    for (const link of linksOf(topic)) {
      const target = categoryOfUrl.get(link);
      if (!target || target === topic.category) continue;
      const key = [topic.category, target].sort().join('→');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}
