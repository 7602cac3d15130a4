import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './config/site.ts';
import { topicSchema } from './lib/topic-schema.ts';

/** One MDX file per topic: content/<category>/<topic>.mdx, id `<category>/<topic>`. */
const topics = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: contentDir }),
  schema: topicSchema,
});

// The YAML data files (glossary.yaml, checklist.yaml) are not collections: Astro's file loader logs a
// YAML error and builds on with stale or no entries. They are read by src/lib/data-file.ts instead, the
// same parser `npm run check` uses, which fails the build naming the file and line.

export const collections = { topics };
