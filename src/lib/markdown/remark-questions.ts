import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, locate } from '../content-error.ts';
import { questionId } from '../slug.ts';

/** What the study page needs of one interview question, gathered while the note compiles. */
export interface QuestionSummary {
  id: string;
  question: string;
  answerText: string;
  /**
   * The answer as a hast tree, made from its Markdown by the same mdast → hast step as the page (no raw
   * HTML passes). Links in it are as the author wrote them; `answerToHtml` resolves them for another page.
   */
  answer: HastRoot;
}

/**
 * Checks every `<Question q="…">` and gives it a stable id (`q-<slug>`), so the topic page can link to it
 * and the study page can gather it. The list is exported through `remarkPluginFrontmatter.questions`.
 */
export function remarkQuestions() {
  return (tree: Root, file: VFile) => {
    const questions: QuestionSummary[] = [];
    const seen = new Map<string, number | undefined>();
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'Question') return;
      const attribute = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'q');
      const question = typeof attribute?.value === 'string' ? attribute.value.trim().normalize('NFC') : '';
      if (!question) {
        throw new ContentError(locate(file, node), '<Question>에 질문(q 속성)이 없습니다.', '<Question q="질문 내용">처럼 q에 질문을 문자열로 적으세요.');
      }
      if (node.children.length === 0) {
        throw new ContentError(locate(file, node), `질문 "${question}"에 답이 없습니다.`, '<Question q="…">와 </Question> 사이에 답을 적으세요.');
      }
      const id = questionId(question);
      if (seen.has(id)) {
        throw new ContentError(locate(file, node), `같은 질문이 ${seen.get(id) ?? '?'}번째 줄에도 있습니다.`, '두 질문을 하나로 합치세요.');
      }
      seen.set(id, node.position?.start.line);
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
      const answer = toHast({ type: 'root', children: node.children } as Root) as HastRoot;
      questions.push({ id, question, answerText: toString(node).replace(/\s+/g, ' ').trim(), answer });
    });
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, questions };
  };
}
