import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast } from 'mdast-util-to-hast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { questionId } from '../slug.ts';
import { addToFrontmatter } from './astro-frontmatter.ts';

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

/** The question of a `<Question q="…">`, NFC, or '' when `q` is missing or not a plain string. */
export function questionText(node: MdxJsxFlowElement | MdxJsxTextElement): string {
  const attribute = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'q');
  return typeof attribute?.value === 'string' ? attribute.value.trim().normalize('NFC') : '';
}

/**
 * Gives every `<Question q="…">` a stable id (`q-<slug>`), so the topic page can link to it and the study page
 * can gather it. The list is exported through `remarkPluginFrontmatter.questions`. A question without `q` or
 * repeated on the page is the question rule's to report (src/lib/checks/rules/question.ts); it gets no id here.
 */
export function remarkQuestions() {
  return (tree: Root, file: VFile) => {
    const questions: QuestionSummary[] = [];
    const seen = new Set<string>();
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'Question') return;
      const question = questionText(node);
      const id = questionId(question);
      if (!question || seen.has(id)) return;
      seen.add(id);
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
      const answer = toHast({ type: 'root', children: node.children } as Root) as HastRoot;
      questions.push({ id, question, answerText: mdastToString(node).replace(/\s+/g, ' ').trim(), answer });
    });
    addToFrontmatter(file, { questions });
  };
}
