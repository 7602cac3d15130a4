import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './config/site.ts';
import { checklistItemSchema } from './lib/checklist-schema.ts';
import { glossaryEntrySchema } from './lib/glossary.ts';
import { topicSchema } from './lib/topic-schema.ts';

/** One MDX file per topic: content/<category>/<topic>.mdx, id `<category>/<topic>`. */
const topics = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: contentDir }),
  schema: topicSchema,
});

/** The closing 핵심 체크리스트 of the notes: subjects and the sections that explain them. */
const checklist = defineCollection({
  loader: file(`${contentDir}/checklist.yaml`),
  schema: checklistItemSchema,
});

/** In-page terms for the glossary and search (topics add their own entries). */
const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: glossaryEntrySchema,
});

export const collections = { topics, checklist, glossary };
