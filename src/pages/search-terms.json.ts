import type { APIRoute } from 'astro';
import { contentDir } from '../config/site.ts';
import { glossaryNames, loadGlossary } from '../lib/glossary.ts';
import { buildTermIndex, packTermIndex } from '../lib/search/term-index.ts';
import { loadContentIndex, loadTopicDetails } from '../lib/site-content.ts';

/** The term index the search dialog fetches when it opens (see src/lib/search/term-index.ts). */
export const GET: APIRoute = async () => {
  const [index, details] = await Promise.all([loadContentIndex(), loadTopicDetails()]);
  const topics = index.topics.map((topic) => {
    const { headings, questions } = details.get(topic.id)!;
    return { url: topic.url, title: topic.title, category: topic.category, description: topic.description, aliases: topic.aliases, headings, questions };
  });
  // In-page glossary terms (ISR, DLT, HPA …) find the section that explains them, by any of their spellings.
  const glossary = loadGlossary(contentDir).map((data) => ({ names: glossaryNames(data), link: data.link }));
  return new Response(JSON.stringify(packTermIndex(buildTermIndex(topics, glossary))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
