import { z } from 'astro/zod';
import type { Topic } from './content-index.ts';

/** One entry of content/glossary.yaml: a term explained inside a topic, with the section that explains it. */
export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Korean name. */
    term: z.string().trim().min(1),
    english: z.string().trim().min(1).optional(),
    abbreviation: z.string().trim().min(1).optional(),
    /** One line, in the notes' words. */
    definition: z.string().trim().min(5),
    /** Root-relative link to the explaining section; the link checker verifies it. */
    link: z.string().regex(/^\/[a-z0-9-]+\/[a-z0-9-]+\/(#.+)?$/),
  })
  .strict();

export type GlossaryEntry = Omit<z.infer<typeof glossaryEntrySchema>, 'id'> & { id: string };

const abbreviationPattern = /^[A-Za-z][A-Za-z0-9]{0,5}$/;

/**
 * The glossary: one entry per topic (Korean title, English name, abbreviations among its aliases, its
 * description) plus the in-page terms of content/glossary.yaml, sorted in Korean order.
 */
export function buildGlossary(topics: Topic[], extra: GlossaryEntry[]): GlossaryEntry[] {
  const fromTopics = topics.map((topic): GlossaryEntry => {
    const english = /\(([^)]+)\)\s*$/.exec(topic.title)?.[1];
    const term = topic.title.replace(/\s*\([^)]*\)\s*$/, '');
    const abbreviation = topic.aliases.filter((alias) => abbreviationPattern.test(alias) && alias === alias.toUpperCase() && alias.length <= 5).join(', ');
    return { id: topic.slug, term, ...(english ? { english } : {}), ...(abbreviation ? { abbreviation } : {}), definition: topic.description, link: topic.url };
  });
  const collator = new Intl.Collator('ko');
  return [...fromTopics, ...extra].sort((a, b) => collator.compare(a.term, b.term));
}
