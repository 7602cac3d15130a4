import type { Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../report.ts';

const rule = 'mdx-esm';

/** Notes are content, not code: no `import` (of components, scripts, styles) and no `export` (of values, layouts). */
export function mdxEsm() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
      const keyword = /^\s*(import|export)\b/.exec(node.value)?.[1] ?? 'import/export';
      report(
        file,
        node,
        rule,
        `노트에 ${keyword} 문이 있습니다. 노트는 글이고 코드를 실행하지 않습니다.`,
        `${keyword} 줄을 지우세요. 쓸 수 있는 컴포넌트(<Question>)는 따로 가져오지 않아도 됩니다. 코드를 보여 주려면 코드 블록(\`\`\`js)에 넣으세요.`,
      );
    });
  };
}
