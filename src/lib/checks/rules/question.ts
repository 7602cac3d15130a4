import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { questionText } from '../../markdown/remark-questions.ts';
import { questionId } from '../../slug.ts';
import { report } from '../report.ts';

const rule = 'question';

/**
 * Every `<Question q="…">` has its question in `q` and an answer inside, stands on its own lines (block, not
 * inside a sentence), and asks something the page does not ask already (the study page links by question id).
 */
export function question() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, number | undefined>();
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name !== 'Question') return;
      if (element.type === 'mdxJsxTextElement') {
        report(file, element, rule, '<Question>이 문장 안에 있습니다.', '<Question q="…">와 </Question>을 각각 한 줄에 따로 쓰고, 앞뒤에 빈 줄을 두세요.');
        return;
      }
      const text = questionText(element);
      const q = element.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'q');
      if (q?.value && typeof q.value === 'object') return; // q={…}: mdx-expression reports it
      if (!text) {
        report(file, element, rule, '<Question>에 질문(q 속성)이 없습니다.', '<Question q="질문 내용">처럼 q에 질문을 문자열로 적으세요.');
        return;
      }
      if (element.children.length === 0) {
        report(file, element, rule, `질문 "${text}"에 답이 없습니다.`, '<Question q="…">와 </Question> 사이에 답을 적으세요.');
      }
      const id = questionId(text);
      if (seen.has(id)) {
        report(file, element, rule, `같은 질문이 ${seen.get(id) ?? '?'}번째 줄에도 있습니다.`, '두 질문을 하나로 합치세요.');
      } else seen.set(id, element.position?.start.line);
    });
  };
}
