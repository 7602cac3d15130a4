import type { Root as HastRoot } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { finalStep } from '../../../src/lib/checks/final-step.ts';

/** MDX node types remark-rehype must pass through untouched, as @mdx-js/mdx does. */
const remarkRehypeOptions: RemarkRehypeOptions = {
  passThrough: ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'],
};

/**
 * Runs MDX source through some of the site's remark and rehype plugins on a real unified processor, ending
 * like the build with the step that throws one error listing every rule message (src/lib/checks/final-step.ts),
 * and returns the hast tree and the vfile (for data such as the gathered questions).
 */
export async function runPipeline(source: string, plugins: { remark?: PluggableList; rehype?: PluggableList }, path = 'content/test/note.mdx') {
  const file = new VFile({ value: source, path });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(plugins.remark ?? [])
    .use(remarkRehype, remarkRehypeOptions)
    .use(plugins.rehype ?? [])
    .use(finalStep);
  const tree = (await processor.run(processor.parse(file), file)) as HastRoot;
  return { tree, file };
}
