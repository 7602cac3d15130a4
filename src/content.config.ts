import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './config/site.ts';
import { topicSchema } from './lib/topic-schema.ts';

/** One MDX file per topic: content/<category>/<topic>.mdx, id `<category>/<topic>`. */
const topics = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: contentDir }),
  schema: topicSchema,
});

export const collections = { topics };
