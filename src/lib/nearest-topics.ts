/**
 * "혹시 이 주제인가요?" on the 404 page: the topics whose address or names are nearest to a mistyped
 * address. Pure and dependency-free: the 404 page's island runs it on `location.pathname`.
 */

export interface TopicCandidate {
  /** Root-relative URL without the base path, e.g. `/messaging/kafka/`. */
  url: string;
  /** Category slug, e.g. `messaging`. */
  category: string;
  /** Korean title and aliases, e.g. `카프카 (Kafka)`, `카프카`, `Apache Kafka`. */
  names: string[];
}

/** A typed word counts as a near miss up to this share of edits (1 edit in `kafk` → `kafka` is 0.2). */
const maxDistance = 0.4;

/** Levenshtein distance over code points (so a Hangul syllable is one character). */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[right.length]!;
}

/** Edits per character of the longer word: 0 is equal, 1 is nothing in common. */
function relativeDistance(a: string, b: string): number {
  const longest = Math.max([...a].length, [...b].length);
  return longest === 0 ? 0 : editDistance(a, b) / longest;
}

const normalize = (text: string) => text.normalize('NFC').toLowerCase().trim();

/** The path's segments without the base path, decoded: `/infra-notes/messaging/kafk/` → `messaging`, `kafk`. */
export function addressSegments(pathname: string, base: string): string[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  return rest
    .split('/')
    .map((segment) => {
      try {
        return normalize(decodeURIComponent(segment));
      } catch {
        return normalize(segment);
      }
    })
    .filter((segment) => segment !== '' && !/^index\.html?$/.test(segment))
    .map((segment) => segment.replace(/\.html?$/, ''));
}

/** The words a topic answers to: its slug and the slug's parts, its names whole, without spaces, and word by word. */
function wordsOf(topic: TopicCandidate): string[] {
  const slug = topic.url.split('/').filter(Boolean).pop() ?? '';
  const words = [slug, ...slug.split('-')];
  for (const name of topic.names.map(normalize)) {
    const plain = name.replace(/[()]/g, ' ');
    words.push(name, plain.replace(/\s+/g, ''), plain.replace(/\s+/g, '-'), ...plain.split(/\s+/));
  }
  // A word of one or two letters (`l4`, `a`) is too short to be told from a typo of anything.
  return [...new Set(words.filter((word) => [...word].length >= 3 || word === slug))];
}

/**
 * Up to `limit` topics nearest to the typed address, nearest first. The last segment is the topic the reader
 * meant (`/messaging/kafk/` → `kafk`); it is compared with every word the topic answers to. Among equally near
 * topics, one in the category the address names comes first, then the one whose whole slug is nearer, then
 * reading order. Nothing near enough gives an empty list rather than a random guess.
 */
export function nearestTopics(pathname: string, base: string, topics: readonly TopicCandidate[], limit = 3): TopicCandidate[] {
  const segments = addressSegments(pathname, base);
  const typed = segments.at(-1);
  if (!typed) return [];
  const category = segments.length > 1 ? segments[0]! : undefined;
  const scored = topics.map((topic, order) => {
    const slug = topic.url.split('/').filter(Boolean).pop() ?? '';
    return {
      topic,
      distance: Math.min(...wordsOf(topic).map((word) => relativeDistance(typed, word))),
      otherCategory: category !== undefined && relativeDistance(category, topic.category) <= maxDistance ? 0 : 1,
      slugDistance: relativeDistance(typed, slug),
      order,
    };
  });
  return scored
    .filter(({ distance }) => distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || a.otherCategory - b.otherCategory || a.slugDistance - b.slugDistance || a.order - b.order)
    .slice(0, limit)
    .map(({ topic }) => topic);
}
