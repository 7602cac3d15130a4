import { describe, expect, it } from 'vitest';
import { buildContentIndex, type TopicEntry } from '../../src/lib/content-index.ts';
import { categoryOfPage, homeGroups, sidebarGroups } from '../../src/lib/topic-listing.ts';
import { topicSchema } from '../../src/lib/topic-schema.ts';

function entries(category: string, count: number): TopicEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${category}/t${index}`,
    filePath: `content/${category}/t${index}.mdx`,
    data: topicSchema.parse({ title: `주제 ${index}`, description: '설명 문장이 충분히 깁니다.', category, order: index + 1, updated: '2026-01-01' }),
  }));
}

const small = buildContentIndex([...entries('containers', 3), ...entries('messaging', 2)]);
const large = buildContentIndex([...entries('containers', 5), ...entries('messaging', 4)]);

describe('topic listing', () => {
  it('finds the category of a topic page and of a category page, and none for other pages', () => {
    expect(categoryOfPage(small, '/messaging/t1/')).toBe('messaging');
    expect(categoryOfPage(small, '/containers/')).toBe('containers');
    expect(categoryOfPage(small, '/study/')).toBeUndefined();
  });

  it('lists every topic in the sidebar while the site is within the limit', () => {
    const groups = sidebarGroups(small, '/study/', 5);
    expect(groups.map((group) => group.listed.length)).toEqual([3, 2]);
    expect(groups.every((group) => !group.folded)).toBe(true);
  });

  it('past the limit, lists only the current category and folds the others to their links', () => {
    const onTopic = sidebarGroups(large, '/messaging/t2/', 5);
    expect(onTopic.map((group) => [group.category.slug, group.listed.length, group.folded])).toEqual([
      ['containers', 0, true],
      ['messaging', 4, false],
    ]);
    // Pages outside any category (home, study) list no topic, only the categories.
    expect(sidebarGroups(large, '/', 5).map((group) => group.listed.length)).toEqual([0, 0]);
    // Every folded group still carries all its topics for its count and link.
    expect(onTopic[0]!.topics).toHaveLength(5);
  });

  it('the home page shows every card within the limit, the first few of each category past it', () => {
    expect(homeGroups(small, 5, 2).map((group) => [group.listed.length, group.folded])).toEqual([
      [3, false],
      [2, false],
    ]);
    expect(homeGroups(large, 5, 2).map((group) => [group.listed.map((topic) => topic.id), group.folded])).toEqual([
      [['containers/t0', 'containers/t1'], true],
      [['messaging/t0', 'messaging/t1'], true],
    ]);
  });
});
