import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error.ts';
import { buildContentIndex, type TopicEntry } from '../../src/lib/content-index.ts';
import { topicSchema } from '../../src/lib/topic-schema.ts';

function entry(path: string, data: Record<string, unknown>): TopicEntry {
  const [category, file] = path.split('/');
  return {
    id: `${category}/${file.replace('.mdx', '')}`,
    filePath: `content/${path}`,
    data: topicSchema.parse({ title: file, description: '설명 문장이 충분히 깁니다.', category, order: 1, updated: '2026-01-01', ...data }),
  };
}

describe('buildContentIndex', () => {
  const index = buildContentIndex([
    entry('messaging/kafka.mdx', { title: '카프카', order: 2, tags: ['kafka', '메시징'] }),
    entry('containers/docker.mdx', { title: '도커', order: 1, tags: ['컨테이너'] }),
    entry('messaging/message-queue.mdx', { title: '메시지 큐', order: 1, tags: ['메시징'] }),
  ]);

  it('orders topics by category order, then by order', () => {
    expect(index.topics.map((topic) => topic.id)).toEqual(['containers/docker', 'messaging/message-queue', 'messaging/kafka']);
    expect(index.categories.map((group) => group.category.slug)).toEqual(['containers', 'messaging']);
  });

  it('gives readable lowercase URLs', () => {
    expect(index.get('messaging/kafka').url).toBe('/messaging/kafka/');
    expect(index.categories[1].url).toBe('/messaging/');
  });

  it('links neighbours across categories', () => {
    expect(index.neighbours('containers/docker')).toEqual({ prev: undefined, next: index.get('messaging/message-queue') });
    expect(index.neighbours('messaging/kafka').next).toBeUndefined();
    expect(index.neighbours('messaging/kafka').prev?.id).toBe('messaging/message-queue');
  });

  it('groups tags with their topics', () => {
    const messaging = index.tags.find((group) => group.tag === '메시징');
    expect(messaging?.topics.map((topic) => topic.id)).toEqual(['messaging/message-queue', 'messaging/kafka']);
    expect(messaging?.url).toBe('/tags/메시징/');
  });

  it('rejects a note whose category differs from its folder, naming the file and the fix', () => {
    const bad = entry('messaging/kafka.mdx', {});
    bad.data = { ...bad.data, category: 'data' };
    expect(() => buildContentIndex([bad])).toThrowError(ContentError);
    expect(() => buildContentIndex([bad])).toThrowError(/content\/messaging\/kafka\.mdx.*category "data".*고치는 법/);
  });

  it('rejects two notes with the same order in a category', () => {
    expect(() => buildContentIndex([entry('messaging/a.mdx', {}), entry('messaging/b.mdx', {})])).toThrowError(/content\/messaging\/b\.mdx.*order 1/);
  });

  it('rejects file names that are not lowercase URL segments', () => {
    expect(() => buildContentIndex([entry('messaging/Kafka_Notes.mdx', {})])).toThrowError(/Kafka_Notes\.mdx.*주소로 쓸 수 없습니다/);
  });

  it('rejects notes outside a category folder', () => {
    const stray = entry('messaging/kafka.mdx', {});
    stray.filePath = 'content/misc/kafka.mdx';
    expect(() => buildContentIndex([stray])).toThrowError(/폴더 "misc"는 카테고리가 아닙니다/);
  });
});
