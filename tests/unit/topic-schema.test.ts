import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../src/lib/topic-schema.ts';

const valid = {
  title: '카프카 (Kafka)',
  description: '대용량 이벤트 스트리밍을 위한 분산 로그 플랫폼을 정리합니다.',
  category: 'messaging',
  order: 1,
  tags: ['kafka', '분산-시스템'],
  aliases: ['카프카'],
  sources: [{ title: '문서', url: 'https://kafka.apache.org/' }],
  updated: '2026-11-23',
};

function issuesFor(data: unknown) {
  const result = topicSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('topicSchema', () => {
  it('accepts a complete note and fills defaults', () => {
    const parsed = topicSchema.parse({ ...valid, tags: undefined, aliases: undefined, sources: undefined });
    expect(parsed.tags).toEqual([]);
    expect(parsed.aliases).toEqual([]);
    expect(parsed.updated).toBeInstanceOf(Date);
  });

  it.each([
    ['title', { title: '' }],
    ['description', { description: '짧음' }],
    ['category', { category: 'kafka' }],
    ['order', { order: 0 }],
    ['tags.0', { tags: ['Kafka Streams'] }],
    ['sources.0.url', { sources: [{ title: 'x', url: 'javascript:alert(1)' }] }],
    ['updated', { updated: 'not a date' }],
  ])('names the field %s when it is invalid', (field, override) => {
    const issues = issuesFor({ ...valid, ...override });
    expect(issues.map((issue) => issue.path)).toContain(field);
    expect(issues.every((issue) => /[가-힣]/.test(issue.message))).toBe(true);
  });

  it('rejects a missing required field and an unknown field', () => {
    const { title: _title, ...withoutTitle } = valid;
    expect(issuesFor(withoutTitle).map((issue) => issue.path)).toContain('title');
    expect(issuesFor({ ...valid, titel: 'typo' }).length).toBeGreaterThan(0);
  });

  it('rejects a multi-line description', () => {
    expect(issuesFor({ ...valid, description: '첫 번째 줄입니다.\n두 번째 줄입니다.' }).map((issue) => issue.path)).toContain('description');
  });
});
