import { describe, expect, it } from 'vitest';
import { layoutCategoryMap } from '../../src/lib/category-map.ts';
import { buildContentIndex, type TopicEntry } from '../../src/lib/content-index.ts';
import { buildGlossary } from '../../src/lib/glossary.ts';
import { categoryLinks, topicRelations } from '../../src/lib/relations.ts';
import { topicSchema } from '../../src/lib/topic-schema.ts';

/** A fixture of four notes and who links to whom. */
function entry(path: string, data: Record<string, unknown>): TopicEntry {
  const [category, file] = path.split('/');
  return { id: `${category}/${file}`, filePath: `content/${path}.mdx`, data: topicSchema.parse({ description: '설명 문장이 충분히 깁니다.', category, updated: '2026-01-01', ...data }) };
}
const index = buildContentIndex([
  entry('messaging/kafka', { title: '카프카 (Kafka)', order: 1, tags: ['kafka', '메시징'], aliases: ['카프카', 'MQ'] }),
  entry('messaging/message-queue', { title: '메시지 큐 (Message Queue)', order: 2, tags: ['메시징'] }),
  entry('data/redis', { title: '레디스 (Redis)', order: 1, tags: ['캐시'] }),
  entry('data/database', { title: '데이터베이스', order: 2, tags: ['데이터베이스', 'kafka'] }),
]);
const links: Record<string, string[]> = {
  'messaging/message-queue': ['/messaging/kafka/'],
  'data/database': ['/messaging/kafka/', '/data/redis/'],
  'data/redis': [],
  'messaging/kafka': ['/messaging/message-queue/'],
};
const linksOf = (topic: { id: string }) => links[topic.id]!;

describe('backlinks and related topics', () => {
  const relations = topicRelations(index.topics, linksOf);
  const ids = (topics: Array<{ id: string }>) => topics.map((topic) => topic.id);

  it('lists the notes that link to a topic, in reading order', () => {
    expect(ids(relations.backlinks(index.get('messaging/kafka')))).toEqual(['messaging/message-queue', 'data/database']);
    expect(ids(relations.backlinks(index.get('messaging/message-queue')))).toEqual(['messaging/kafka']);
    expect(ids(relations.backlinks(index.get('data/database')))).toEqual([]);
  });

  it('ranks related topics by shared tags, then category, leaving out pages linked either way', () => {
    // Redis shares nothing with Kafka; the queue (same tag and category) links both ways, the database links in.
    expect(ids(relations.related(index.get('messaging/kafka')))).toEqual([]);
    const unlinked = topicRelations(index.topics, () => []);
    expect(ids(unlinked.related(index.get('messaging/kafka')))).toEqual(['messaging/message-queue', 'data/database']);
    expect(ids(unlinked.related(index.get('messaging/kafka'), 1))).toEqual(['messaging/message-queue']);
    expect(ids(unlinked.related(index.get('data/redis')))).toEqual(['data/database']);
  });

  it('breaks ties in reading order and never lists a note as related to itself', () => {
    const many = buildContentIndex(
      Array.from({ length: 8 }, (_, number) => entry(`network/note-${number}`, { title: `노트 ${number}`, order: number + 1, tags: number % 2 ? ['홀수', '공통'] : ['공통'] })),
    );
    const all = topicRelations(many.topics, () => []);
    // Odd notes share two tags with note 1 (score 5), even notes one (score 3); the note itself is skipped.
    expect(ids(all.related(many.get('network/note-1'), 5))).toEqual(['network/note-3', 'network/note-5', 'network/note-7', 'network/note-0', 'network/note-2']);
    expect(ids(all.related(many.get('network/note-0'), 2))).toEqual(['network/note-1', 'network/note-2']);
    // Asking again gives the same answer: the shared score array was reset.
    expect(ids(all.related(many.get('network/note-1'), 5))).toEqual(['network/note-3', 'network/note-5', 'network/note-7', 'network/note-0', 'network/note-2']);
  });

  it('counts links across categories for the map and lays the categories out', () => {
    const counts = categoryLinks(index.topics, linksOf);
    expect(Object.fromEntries(counts)).toEqual({ 'data→messaging': 1 });
    const { nodes, edges } = layoutCategoryMap(
      index.categories.map((group) => ({ category: group.category, topicCount: group.topics.length })),
      counts,
    );
    expect(nodes.map((node) => node.slug)).toEqual(['messaging', 'data']);
    expect(edges).toHaveLength(1);
    expect(edges[0]!.count).toBe(1);
  });
});

describe('glossary', () => {
  it('has one entry per topic plus the in-page terms, in Korean order', () => {
    const glossary = buildGlossary(index.topics, [
      { id: 'isr', term: '동기화 복제본 집합', english: 'In-Sync Replica', abbreviation: 'ISR', definition: '완전히 동기화된 복제본 집합.', link: '/messaging/kafka/' },
    ]);
    expect(glossary.map((entry) => entry.term)).toEqual(['데이터베이스', '동기화 복제본 집합', '레디스', '메시지 큐', '카프카']);
    expect(glossary.find((entry) => entry.term === '카프카')).toMatchObject({ english: 'Kafka', abbreviation: 'MQ', link: '/messaging/kafka/' });
  });
});
