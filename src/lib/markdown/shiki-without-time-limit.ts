import type { ShikiConfig } from '@astrojs/markdown-remark';

type ShikiTransformer = NonNullable<ShikiConfig['transformers']>[number];

/**
 * Lifts Shiki's per-line tokenizing time limit (`tokenizeTimeLimit`, 500 ms by default). When a line takes
 * longer, Shiki stops and ships the rest of the line without colours, and says nothing: on a loaded build
 * machine a long line came out uncoloured where a quiet build coloured it. With 0 (no limit) a line is
 * always tokenized completely, so the output depends on the input only.
 *
 * Why a transformer: Astro forwards only some Shiki options from `markdown.shikiConfig` (langs, theme(s),
 * langAlias to the highlighter; wrap, defaultColor, transformers to each codeToHast call — see
 * @astrojs/markdown-remark's rehype-shiki.js), not `tokenizeTimeLimit`. A transformer's `preprocess` hook
 * receives the very options object Shiki then tokenizes with, so setting the limit there reaches the tokenizer.
 */
export const shikiWithoutTimeLimit: ShikiTransformer = {
  name: 'infra-notes:no-tokenize-time-limit',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};
