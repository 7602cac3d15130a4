import { unified } from '@astrojs/markdown-remark';
import { sharedRenderer } from '../mermaid/renderer.ts';
import { rehypeCodeBlocks } from './rehype-code-blocks.ts';
import { rehypeGlossaryTerms } from './rehype-glossary-terms.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';
import { rehypeLinks } from './rehype-links.ts';
import { rehypeMermaid } from './rehype-mermaid.ts';
import { remarkCodeLanguages } from './remark-code-languages.ts';
import { remarkPinnedHeadingIds } from './remark-pinned-heading-ids.ts';
import { remarkQuestions } from './remark-questions.ts';
import { shikiWithoutTimeLimit } from './shiki-without-time-limit.ts';

/**
 * The Markdown pipeline of every note, in order. Astro's own Shiki pass runs before these rehype plugins
 * (with `mermaid` excluded, so diagrams reach rehypeMermaid as code), and Astro's heading collector runs
 * after them and keeps the ids set here.
 *
 * It must be a `unified()` processor: with Astro 7's default processor, rehype plugins given to MDX are
 * skipped with only a warning.
 */
export function markdownProcessor() {
  return unified({
    remarkPlugins: [remarkCodeLanguages, remarkPinnedHeadingIds, remarkQuestions],
    rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks, [rehypeMermaid, { renderer: sharedRenderer }], rehypeCodeBlocks, rehypeLinks, rehypeGlossaryTerms],
    smartypants: false,
  });
}

/**
 * Shiki settings: both themes as CSS variables, so the site's theme switch needs no JavaScript; and no
 * time limit on tokenizing a line, so a busy machine never ships a line without colours (see the transformer).
 */
export const shikiConfig = {
  // The high-contrast variants keep every token at WCAG AA contrast on the code background.
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const,
  defaultColor: false as const,
  transformers: [shikiWithoutTimeLimit],
};
