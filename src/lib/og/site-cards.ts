import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { buildContentIndex } from '../content-index.ts';
import { topicSchema } from '../topic-schema.ts';
import { type PageCard, pageCards } from './page-cards.ts';

/**
 * The site's cards outside Astro (the build's integrations have no content collection): the notes'
 * frontmatter, validated by the same schema, into the same content index the pages are built from, through
 * the same `pageCards`. Used before the pages exist (to draw cards while Astro renders) and after (to write
 * them). A note that does not parse throws; the build reports that note on its own anyway.
 */
export async function siteCards(contentDir: string): Promise<PageCard[]> {
  const files = (await readdir(contentDir, { recursive: true })).filter((file) => file.endsWith('.mdx')).sort();
  const entries = await Promise.all(
    files.map(async (file) => {
      const source = await readFile(path.join(contentDir, file), 'utf8');
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
      const id = file
        .replace(/\.mdx$/, '')
        .split(path.sep)
        .join('/');
      return { id, filePath: path.join(contentDir, file), data: topicSchema.parse(parseYaml(frontmatter)) };
    }),
  );
  return pageCards(buildContentIndex(entries));
}
