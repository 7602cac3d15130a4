import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../report.ts';

const rule = 'mdx-expression';
const fix = '글자 그대로 쓰려면 \\{ 처럼 이스케이프하거나 `{…}`처럼 코드로 감싸세요. 제목 id 고정({/* #id */})과 주석만 쓸 수 있습니다.';

/**
 * `{expressions}` run JavaScript when the page is built. Only comments are allowed: `{/* #pinned-id *\/}` at the
 * end of a heading (remark-pinned-heading-ids) and other `{/* … *\/}` notes to fellow authors render nothing.
 * Attribute values must be plain strings (`q="…"`, not `q={…}`), and `{...spread}` attributes are refused.
 */
export function mdxExpression() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        const expression = node as MdxFlowExpression | MdxTextExpression;
        if (isCommentOnly(expression.data?.estree, expression.value)) return;
        report(file, expression, rule, `본문에 JavaScript 식 {${shorten(expression.value)}}이(가) 있습니다. 노트는 글이고 코드를 실행하지 않습니다.`, fix);
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      for (const attribute of element.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          report(file, attribute.position ? attribute : element, rule, `<${element.name ?? ''}>에 {${shorten(attribute.value)}} 속성 펼치기가 있습니다.`, '속성은 이름="값" 꼴의 문자열로만 적으세요.');
        } else if (attribute.value && typeof attribute.value === 'object') {
          report(
            file,
            attribute.position ? attribute : element,
            rule,
            `<${element.name ?? ''}>의 ${attribute.name} 속성 값이 JavaScript 식 {${shorten(attribute.value.value)}}입니다.`,
            `${attribute.name}="값"처럼 따옴표로 감싼 문자열로 적으세요.`,
          );
        }
      }
    });
  };
}

function isCommentOnly(program: Program | null | undefined, value: string): boolean {
  if (program) return program.body.length === 0;
  return /^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(value);
}

function shorten(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
