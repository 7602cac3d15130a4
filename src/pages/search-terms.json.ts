import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import type { QuestionSummary } from '../lib/markdown/remark-questions.ts';
import { buildTermIndex } from '../lib/search/term-index.ts';
import { loadContentIndex } from '../lib/site-content.ts';

/** The term index the search dialog fetches when it opens (see src/lib/search/term-index.ts). */
export const GET: APIRoute = async () => {
  const index = await loadContentIndex();
  const entries = new Map((await getCollection('topics')).map((entry) => [entry.id, entry]));
  const topics = await Promise.all(
    index.topics.map(async (topic) => {
      const { headings, remarkPluginFrontmatter } = await render(entries.get(topic.id)!);
      const questions = (remarkPluginFrontmatter.questions ?? []) as QuestionSummary[];
      return { url: topic.url, title: topic.title, category: topic.category, description: topic.description, aliases: topic.aliases, headings, questions };
    }),
  );
  return new Response(JSON.stringify(buildTermIndex(topics)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
