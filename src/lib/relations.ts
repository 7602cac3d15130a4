import type { Topic } from './content-index.ts';

/** How the notes relate: who links to a note, and which notes a reader of it may want next. */
export interface TopicRelations {
  /** Notes that link to `topic`, in reading order. */
  backlinks(topic: Topic): Topic[];
  /**
   * A few notes a reader of `topic` may want next: shared tags count twice, the same category once, ties in
   * reading order; notes the page already links to or is linked from are left out (the reader has those).
   */
  related(topic: Topic, limit?: number): Topic[];
}

/**
 * Built once per build and asked by every topic page. Asking each page to scan every note made a site of
 * n notes cost n² (13 of the 42 s that 3,000 topic pages took to render); here a note's backlinks are a
 * lookup and its related notes one pass over the notes that share a tag or its category.
 */
export function topicRelations(topics: Topic[], linksOf: (topic: Topic) => string[]): TopicRelations {
  const position = new Map(topics.map((topic, index) => [topic.id, index]));
  const backlinksByUrl = new Map<string, Topic[]>();
  for (const topic of topics) {
    for (const url of new Set(linksOf(topic))) {
      if (url === topic.url) continue;
      const linking = backlinksByUrl.get(url) ?? [];
      linking.push(topic);
      backlinksByUrl.set(url, linking);
    }
  }
  const byTag = groupIndexes(topics, (topic) => topic.tags);
  const byCategory = groupIndexes(topics, (topic) => [topic.category]);
  const backlinks = (topic: Topic) => backlinksByUrl.get(topic.url) ?? [];
  const scores = new Uint32Array(topics.length);

  return {
    backlinks,
    related(topic, limit = 3) {
      // Scores live in one array reused by every call; only the touched entries are read and reset.
      const touched: number[] = [];
      const add = (indexes: number[] | undefined, points: number) => {
        for (const index of indexes ?? []) {
          if (scores[index] === 0) touched.push(index);
          scores[index]! += points;
        }
      };
      for (const tag of new Set(topic.tags)) add(byTag.get(tag), 2);
      add(byCategory.get(topic.category), 1);
      const self = position.get(topic.id);
      const known = new Set([...linksOf(topic), ...backlinks(topic).map((other) => other.url)]);
      // The best `limit` by score, then reading order: one pass, no sort of every candidate.
      const best: Array<{ index: number; score: number }> = [];
      for (const index of touched) {
        const score = scores[index]!;
        scores[index] = 0;
        if (index === self || known.has(topics[index]!.url)) continue;
        const at = best.findIndex((other) => score > other.score || (score === other.score && index < other.index));
        if (at === -1) {
          if (best.length < limit) best.push({ index, score });
        } else {
          best.splice(at, 0, { index, score });
          if (best.length > limit) best.pop();
        }
      }
      return best.map(({ index }) => topics[index]!);
    },
  };
}

/** Positions of the topics under each key (a tag, a category), in reading order. */
function groupIndexes(topics: Topic[], keysOf: (topic: Topic) => string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  topics.forEach((topic, index) => {
    for (const key of new Set(keysOf(topic))) {
      const group = groups.get(key) ?? [];
      group.push(index);
      groups.set(key, group);
    }
  });
  return groups;
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
