import { type CollectionEntry, getCollection, render } from 'astro:content';
import { createHash } from 'node:crypto';
import type { MarkdownHeading } from 'astro';
import { contentDir, noteEditUrl } from '../config/site.ts';
import { buildContentIndex, type ContentIndex, type Topic } from './content-index.ts';
import { type GitHistory, readGitHistory } from './git-history.ts';
import { pipelineFingerprint } from './markdown/pipeline-fingerprint.ts';
import type { QuestionSummary } from './markdown/remark-questions.ts';
import { type TopicRelations, topicRelations } from './relations.ts';

let cachedIndex: Promise<ContentIndex> | undefined;
let cachedDetails: Promise<Map<string, TopicDetails>> | undefined;

/**
 * The content index, built once per build from the `topics` collection and shared by every page. The notes'
 * dates come from one pass over git's history of the content folder (src/lib/git-history.ts).
 */
export function loadContentIndex(): Promise<ContentIndex> {
  cachedIndex ??= getCollection('topics').then((entries) => {
    const history = readGitHistory(contentDir);
    const index = buildContentIndex(
      entries.map((entry) => ({ id: entry.id, filePath: entry.filePath, data: entry.data })),
      history.files,
    );
    console.info(historyReport(history, index.topics));
    return index;
  });
  return cachedIndex;
}

/** The build log's one line on where the notes' dates came from. */
function historyReport(history: GitHistory, topics: readonly Topic[]): string {
  const fromGit = topics.filter((topic) => topic.lastChange.source === 'git').length;
  const counts = `노트 ${topics.length}개 중 ${fromGit}개는 git 기록, ${topics.length - fromGit}개는 frontmatter의 updated`;
  switch (history.problem) {
    case 'no-git':
      return `마지막 수정일: git을 실행할 수 없어 모든 노트에 frontmatter의 updated 날짜를 씁니다.`;
    case 'not-a-repository':
      return `마지막 수정일: ${contentDir}이(가) git 저장소 밖에 있어 모든 노트에 frontmatter의 updated 날짜를 씁니다.`;
    case 'shallow':
      return `마지막 수정일: 얕은 클론(shallow clone)이라 잘린 기록에만 있는 노트는 frontmatter의 updated 날짜를 씁니다 (${counts}). 전체 기록으로 빌드하려면 git fetch --unshallow (GitHub Actions: fetch-depth: 0).`;
    default:
      return `마지막 수정일: ${counts}에서 가져왔습니다.`;
  }
}

/** What compiling a note tells about it: its sections, interview questions and links to other notes. */
export interface TopicDetails {
  entry: CollectionEntry<'topics'>;
  headings: MarkdownHeading[];
  questions: QuestionSummary[];
  /** Root-relative page URLs this note links to. */
  links: string[];
}

/**
 * Every note compiled once (Astro caches the render) and read for the study page, the glossary,
 * backlinks and the search term index; none of them parses MDX on its own.
 */
export function loadTopicDetails(): Promise<Map<string, TopicDetails>> {
  cachedDetails ??= getCollection('topics').then(async (entries) => {
    const details = await Promise.all(
      entries.map(async (entry) => {
        const { headings, remarkPluginFrontmatter } = await render(entry);
        const questions = (remarkPluginFrontmatter.questions ?? []) as QuestionSummary[];
        const links = (remarkPluginFrontmatter.links ?? []) as string[];
        return [entry.id, { entry, headings, questions, links }] as const;
      }),
    );
    return new Map(details);
  });
  return cachedDetails;
}

let cachedRelations: Promise<TopicRelations> | undefined;

/** Backlinks and related notes, worked out once per build for every topic page. */
export function loadTopicRelations(): Promise<TopicRelations> {
  cachedRelations ??= Promise.all([loadContentIndex(), loadTopicDetails()]).then(([index, details]) => topicRelations(index.topics, (topic) => details.get(topic.id)!.links));
  return cachedRelations;
}

let cachedFingerprint: Promise<string> | undefined;

/**
 * What a topic page shows of the other notes — every note's frontmatter (titles in the sidebar,
 * previous/next, related topics) and the links between notes (backlinks) — and the pipeline that compiles
 * notes, as one hash. Conservative on purpose: a title or a link changed anywhere re-renders every topic page.
 */
export function loadSiteFingerprint(): Promise<string> {
  cachedFingerprint ??= loadTopicDetails().then(async (details) => {
    const hash = createHash('sha256');
    for (const [id, { entry, links }] of [...details].sort(([a], [b]) => a.localeCompare(b))) {
      hash.update(JSON.stringify([id, entry.data, links]));
    }
    hash.update(await pipelineFingerprint());
    return hash.digest('hex');
  });
  return cachedFingerprint;
}

/**
 * A topic page's key for Astro's incremental build (experimental.incrementalBuild): the site fingerprint
 * plus the note's own frontmatter and source, its last change (a new commit re-renders the page though the
 * file is unchanged) and its edit link (a setting from the environment, which Astro does not see). A page
 * whose key and page code are unchanged is copied from the last build instead of rendered. The source is in
 * the key because Astro's own tracking of a note's compiled body misses notes outside the project folder
 * (the build benchmark's).
 */
export function topicCacheKey(siteFingerprint: string, entry: CollectionEntry<'topics'>, topic: Topic): string {
  return createHash('sha256')
    .update(siteFingerprint)
    .update(JSON.stringify([entry.data, entry.body, topic.lastChange, noteEditUrl(topic.id)]))
    .digest('hex');
}
