import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { siteName } from '../../config/site.ts';
import { findCategory } from '../categories.ts';
import { topicSchema } from '../topic-schema.ts';
import type { CardText } from './card-layout.ts';

/**
 * The cards the topic pages will ask for (their title and category name, as the layout puts them in
 * og:title and article:section), read from the notes' frontmatter before Astro has rendered anything.
 * A prediction only: a note that does not parse is left out, and a card predicted wrong is simply drawn
 * again after the build from the page itself; the built pages stay the source of truth.
 */
export async function expectedTopicCards(contentDir: string): Promise<CardText[]> {
  const files = (await readdir(contentDir, { recursive: true })).filter((file) => file.endsWith('.mdx'));
  const cards: CardText[] = [];
  for (const file of files) {
    const source = await readFile(path.join(contentDir, file), 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
    if (!frontmatter) continue;
    let data: unknown;
    try {
      data = parseYaml(frontmatter);
    } catch {
      continue;
    }
    const parsed = topicSchema.safeParse(data);
    const category = parsed.success ? findCategory(parsed.data.category) : undefined;
    if (parsed.success && category) cards.push({ title: parsed.data.title, category: category.name, siteName });
  }
  return cards;
}
