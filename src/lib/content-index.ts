import { type Category, categories, findCategory } from './categories.ts';
import { ContentError } from './content-error.ts';
import type { FileHistory } from './git-history.ts';
import { type LastChange, lastChange } from './last-change.ts';
import type { TopicFrontmatter } from './topic-schema.ts';

/** What the loader hands over for one note: `id` is `<category>/<topic>`, as the glob loader names it. */
export interface TopicEntry {
  id: string;
  filePath?: string;
  data: TopicFrontmatter;
}

export interface Topic extends TopicFrontmatter {
  id: string;
  slug: string;
  categoryInfo: Category;
  /** Root-relative URL without the base path, e.g. `/messaging/kafka/`. */
  url: string;
  filePath: string;
  /** When the note last changed: git's newest commit or the frontmatter `updated`, whichever is later. */
  lastChange: LastChange;
}

export interface CategoryGroup {
  category: Category;
  url: string;
  topics: Topic[];
}

interface TagGroup {
  tag: string;
  url: string;
  topics: Topic[];
}

export interface ContentIndex {
  /** Every topic in reading order: categories in their listed order, then `order` inside a category. */
  topics: Topic[];
  categories: CategoryGroup[];
  tags: TagGroup[];
  get(id: string): Topic;
  neighbours(id: string): { prev?: Topic; next?: Topic };
}

const topicSlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const collator = new Intl.Collator('ko');

const categoryUrl = (slug: string) => `/${slug}/`;
export const tagUrl = (tag: string) => `/tags/${tag}/`;

/**
 * Builds the one content index every page reads (sidebar, cards, prev/next, tag pages). It checks what a
 * single note's schema cannot: that the folder and the `category` field agree, that the file name is a
 * valid URL segment, and that no two notes share a position in their category. `history` is git's history
 * of the content folder, keyed by `<category>/<topic>.mdx` (src/lib/git-history.ts); without it every note
 * is dated by its frontmatter.
 */
export function buildContentIndex(entries: TopicEntry[], history: ReadonlyMap<string, FileHistory> = new Map()): ContentIndex {
  const topics = topicsInReadingOrder(entries, history);

  const groups: CategoryGroup[] = categories
    .map((category) => ({ category, url: categoryUrl(category.slug), topics: topics.filter((topic) => topic.category === category.slug) }))
    .filter((group) => group.topics.length > 0);

  const [clash] = orderClashes(topics);
  if (clash) throw clash;

  const tagMap = new Map<string, Topic[]>();
  for (const topic of topics) for (const tag of topic.tags) tagMap.set(tag, [...(tagMap.get(tag) ?? []), topic]);
  const tags = [...tagMap.entries()].map(([tag, tagged]) => ({ tag, url: tagUrl(tag), topics: tagged })).sort((a, b) => collator.compare(a.tag, b.tag));

  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  return {
    topics,
    categories: groups,
    tags,
    get(id) {
      const topic = byId.get(id);
      if (!topic) throw new Error(`알 수 없는 주제 id: ${id}`);
      return topic;
    },
    neighbours(id) {
      const position = topics.findIndex((topic) => topic.id === id);
      return { prev: topics[position - 1], next: position >= 0 ? topics[position + 1] : undefined };
    },
  };
}

/** The entries as topics, in reading order: categories in their listed order, then `order`, then title. */
export function topicsInReadingOrder(entries: TopicEntry[], history: ReadonlyMap<string, FileHistory> = new Map()): Topic[] {
  return entries
    .map((entry) => toTopic(entry, history))
    .sort((a, b) => categories.indexOf(a.categoryInfo) - categories.indexOf(b.categoryInfo) || a.order - b.order || collator.compare(a.title, b.title));
}

/**
 * Notes that share a position (`order`) in their category with an earlier note: the second of each pair,
 * naming the first. Used here and by `npm run check`.
 */
export function orderClashes(topics: ReadonlyArray<Pick<Topic, 'category' | 'order' | 'filePath'>>): ContentError[] {
  const seen = new Map<string, string>();
  const clashes: ContentError[] = [];
  for (const topic of topics) {
    const key = `${topic.category}\0${topic.order}`;
    const other = seen.get(key);
    if (other) {
      clashes.push(new ContentError({ file: topic.filePath, line: 1 }, `order ${topic.order}이(가) 같은 카테고리의 ${other}와 겹칩니다.`, '카테고리 안에서 order를 서로 다른 숫자로 정하세요.'));
    } else seen.set(key, topic.filePath);
  }
  return clashes;
}

function toTopic(entry: TopicEntry, history: ReadonlyMap<string, FileHistory>): Topic {
  const filePath = entry.filePath ?? `${entry.id}.mdx`;
  const problem = locationProblem(filePath, entry.data.category);
  if (problem) throw problem;
  const parts = filePath.replace(/\\/g, '/').split('/');
  const folder = parts.at(-2) ?? '';
  const slug = (parts.at(-1) ?? '').replace(/\.mdx$/, '');
  const id = `${folder}/${slug}`;
  return { ...entry.data, id, slug, categoryInfo: findCategory(folder)!, url: `/${folder}/${slug}/`, filePath, lastChange: lastChange(entry.data.updated, history.get(`${id}.mdx`)) };
}

/**
 * What is wrong with where a note is: a file name that cannot be a URL segment, a folder that is not a
 * category, or a `category` field that names another folder. Used here and by the note-location rule, so the
 * check and the pages agree.
 */
export function locationProblem(filePath: string, category: string): ContentError | undefined {
  const parts = filePath.replace(/\\/g, '/').split('/');
  const fileName = parts.at(-1) ?? '';
  const folder = parts.at(-2) ?? '';
  const slug = fileName.replace(/\.mdx$/, '');
  if (!topicSlugPattern.test(slug)) {
    return new ContentError({ file: filePath }, `파일 이름 "${fileName}"은(는) 주소로 쓸 수 없습니다.`, '파일 이름을 소문자 영어, 숫자, "-"로만 지으세요 (예: kafka-reliability.mdx).');
  }
  if (!findCategory(folder)) {
    return new ContentError(
      { file: filePath },
      `폴더 "${folder}"는 카테고리가 아닙니다.`,
      `노트를 content/<카테고리>/ 폴더에 두세요. 카테고리: ${categories.map((c) => c.slug).join(', ')} (src/lib/categories.ts).`,
    );
  }
  if (category !== folder) {
    return new ContentError({ file: filePath, line: 1 }, `category "${category}"가 폴더 "${folder}"와 다릅니다.`, `category를 ${folder}로 고치거나 파일을 content/${category}/로 옮기세요.`);
  }
  return undefined;
}
