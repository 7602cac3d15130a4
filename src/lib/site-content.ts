import type { MarkdownHeading } from 'astro';
import { type CollectionEntry, getCollection, render } from 'astro:content';
import { type ContentIndex, buildContentIndex } from './content-index.ts';
import type { QuestionSummary } from './markdown/remark-questions.ts';

let cachedIndex: Promise<ContentIndex> | undefined;
let cachedDetails: Promise<Map<string, TopicDetails>> | undefined;

/** The content index, built once per build from the `topics` collection and shared by every page. */
export function loadContentIndex(): Promise<ContentIndex> {
  cachedIndex ??= getCollection('topics').then((entries) =>
    buildContentIndex(entries.map((entry) => ({ id: entry.id, filePath: entry.filePath, data: entry.data }))),
  );
  return cachedIndex;
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
