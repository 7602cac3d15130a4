import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults, type RehypePlugins, type RemarkPlugins, unified } from '@astrojs/markdown-remark';
import type { Pluggable } from 'unified';
import { finalStep, type NoteCollector } from '../checks/final-step.ts';
import { collectLinks } from '../checks/note-links.ts';
import { rehypeRules, remarkRules } from '../checks/rules.ts';
import { type MermaidRenderer, sharedRenderer } from '../mermaid/renderer.ts';
import { rehypeCodeBlocks } from './rehype-code-blocks.ts';
import { rehypeGlossaryTerms } from './rehype-glossary-terms.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';
import { rehypeLinks } from './rehype-links.ts';
import { rehypeMermaid } from './rehype-mermaid.ts';
import { rehypeTableCellGaps } from './rehype-table-cell-gaps.ts';
import { remarkPinnedHeadingIds } from './remark-pinned-heading-ids.ts';
import { remarkQuestions } from './remark-questions.ts';
import { shikiWithoutTimeLimit } from './shiki-without-time-limit.ts';

export interface NotePipelineOptions {
  /** The folder of files served as they are (default public/). */
  publicDir?: string;
  /** Draws the diagrams (default: the build's one renderer). */
  renderer?: MermaidRenderer;
  /**
   * `npm run check`: hand every note to this at the end instead of failing on its problems. Unset in the build
   * and the dev server, where the last step throws one error listing all of a note's problems.
   */
  collect?: NoteCollector;
}

/**
 * The Markdown pipeline of every note, in order: the rules (src/lib/checks/rules.ts), then the transforms,
 * then the step that fails on the rules' messages. The build and the dev server (astro.config.mjs), `npm run
 * check` (src/lib/checks/check-notes.ts) and the tests all run this list, inside Astro's own MDX processor
 * (markdownSettings below): Astro adds GFM, its Shiki pass before these rehype plugins (with `mermaid`
 * excluded, so diagrams reach rehypeMermaid as code) and its heading collector after them.
 */
function notePlugins(options: NotePipelineOptions = {}): { remarkPlugins: Pluggable[]; rehypePlugins: Pluggable[] } {
  const ruleOptions = { publicDir: options.publicDir ?? 'public' };
  return {
    remarkPlugins: [...remarkRules(ruleOptions), collectLinks, remarkPinnedHeadingIds, remarkQuestions],
    rehypePlugins: [
      rehypeHeadingIds,
      rehypeHeadingLinks,
      [rehypeMermaid, { renderer: options.renderer ?? sharedRenderer }],
      rehypeCodeBlocks,
      rehypeLinks,
      rehypeGlossaryTerms,
      rehypeTableCellGaps,
      ...rehypeRules(),
      [finalStep, { collect: options.collect }],
    ],
  };
}

/**
 * Astro's unified processor with the note pipeline. It must be a `unified()` processor: with Astro 7's default
 * processor, rehype plugins given to MDX are skipped with only a warning.
 */
function markdownProcessor(options: NotePipelineOptions = {}) {
  const { remarkPlugins, rehypePlugins } = notePlugins(options);
  // unified's Pluggable and Astro's plugin types describe the same [plugin, options] entries.
  return unified({ remarkPlugins: remarkPlugins as RemarkPlugins, rehypePlugins: rehypePlugins as RehypePlugins, gfm: true, smartypants: false });
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

/** Astro's code highlighting: Shiki, except Mermaid blocks, which rehypeMermaid draws. */
const syntaxHighlight = { type: 'shiki' as const, excludeLangs: ['mermaid'] };

/** The `markdown` settings of astro.config.mjs. */
export function markdownConfig() {
  return { processor: markdownProcessor(), syntaxHighlight, shikiConfig };
}

/**
 * The MDX compiler the build makes for `.mdx` files, made the same way: @astrojs/mdx calls the processor's
 * `createMdxRenderer` with the resolved `markdown` settings (Astro fills Shiki's defaults in), and the renderer
 * runs @mdx-js/mdx's processor (parse, remark, rehype, JavaScript) on the note without its frontmatter.
 */
export function createNoteCompiler(options: NotePipelineOptions = {}) {
  const processor = markdownProcessor(options);
  if (!processor.createMdxRenderer) throw new Error('@astrojs/markdown-remark의 unified()가 MDX를 컴파일하지 못합니다. 패키지가 바뀌었다면 pipeline.ts를 고치세요.');
  const [shared, mdx] = noteCompilerSettings();
  return processor.createMdxRenderer(shared, mdx);
}

/**
 * The settings @astrojs/mdx hands the renderer in the build (Astro's defaults filled in), as `createMdxRenderer`
 * takes them. They are part of the compiled-notes cache key, so the check and the build share entries only
 * while these stay equal to the build's.
 */
export function noteCompilerSettings() {
  return [
    {
      syntaxHighlight,
      shikiConfig: { ...markdownConfigDefaults.shikiConfig, ...shikiConfig },
      gfm: markdownConfigDefaults.gfm,
      smartypants: false,
    },
    { optimize: false, srcDir: pathToFileURL(`${path.resolve('src')}/`), sourcemap: false },
  ] as const;
}
