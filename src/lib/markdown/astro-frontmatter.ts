import type { VFile } from 'vfile';

type AstroData = { astro?: { frontmatter?: Record<string, unknown> } };

/**
 * Adds fields to the frontmatter Astro exposes for a note (`file.data.astro.frontmatter`): how the pipeline hands
 * what it found (links, questions) to the pages without parsing the note again.
 */
export function addToFrontmatter(file: VFile, fields: Record<string, unknown>): void {
  const data = file.data as AstroData;
  data.astro ??= {};
  data.astro.frontmatter = { ...data.astro.frontmatter, ...fields };
}
