import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { allowedElements, dangerousElements } from '../allowed-elements.ts';
import { report } from '../report.ts';

const rule = 'html-element';
const allowedList = Object.keys(allowedElements)
  .map((name) => `<${name}>`)
  .join(' ');

/**
 * Notes are content, not code: a tag is either one of the site's note components (`<Question>`) or harmless
 * inline HTML from the allow-list. `<script>`, `<iframe>`, `<meta http-equiv="refresh">`, `<style>` … are
 * refused by name (in any letter case: `<SCRIPT>` is a component reference in MDX, and still no note's business).
 */
export function htmlElement() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const name = element.name;
      if (name && Object.hasOwn(allowedElements, name)) return;
      if (!name) {
        report(file, element, rule, '빈 태그(<>…</>)가 있습니다.', '<>와 </>를 지우세요. 노트에는 Markdown과 허용된 태그만 씁니다.');
        return;
      }
      if (dangerousElements.has(name.toLowerCase())) {
        report(
          file,
          element,
          rule,
          `<${name}> 태그는 노트에 쓸 수 없습니다. 노트는 글이고, 스크립트·스타일·다른 페이지·입력 양식을 페이지에 넣지 않습니다.`,
          `태그를 지우세요. 코드로 보여 주려면 코드 블록(\`\`\`html)이나 \`<${name}>\`처럼 인라인 코드로 쓰세요.`,
        );
        return;
      }
      report(
        file,
        element,
        rule,
        `<${name}>은(는) 노트에 쓸 수 있는 태그가 아닙니다.`,
        `Markdown으로 쓰거나 허용된 태그(${allowedList})만 쓰세요. 글자 그대로 보이려면 \`<${name}>\`처럼 인라인 코드로 감싸거나 &lt;로 쓰세요.`,
      );
    });
  };
}
