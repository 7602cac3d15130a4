import { createHighlighter } from 'shiki';
import { describe, expect, it } from 'vitest';
import { shikiConfig } from '../../src/lib/markdown/pipeline.ts';
import { shikiWithoutTimeLimit } from '../../src/lib/markdown/shiki-without-time-limit.ts';

/** One very long line: tokenizing it takes far longer than the 1 ms limit below. */
const longLine = Array.from({ length: 400 }, (_, index) => `const value${index} = compute("text ${index}", ${index}) + other${index};`).join(' ');

describe('Shiki without a tokenize time limit', () => {
  it('colours a whole line that Shiki would give up on under a time limit', async () => {
    const highlighter = await createHighlighter({ themes: Object.values(shikiConfig.themes), langs: ['ts'] });
    const colouredTokens = (transformers: (typeof shikiWithoutTimeLimit)[]) => {
      const html = highlighter.codeToHtml(longLine, { lang: 'ts', themes: shikiConfig.themes, defaultColor: false, tokenizeTimeLimit: 1, transformers });
      return (html.match(/<span style="--shiki-light/g) ?? []).length;
    };
    // With a 1 ms limit Shiki stops part-way and leaves the rest of the line as one uncoloured run…
    const limited = colouredTokens([]);
    // …and the transformer Astro is given lifts the limit, so every token is coloured.
    const full = colouredTokens([shikiWithoutTimeLimit]);
    expect(full).toBeGreaterThan(400 * 8);
    expect(limited).toBeLessThan(full);
    expect(shikiConfig.transformers).toContain(shikiWithoutTimeLimit);
    highlighter.dispose();
  });
});
