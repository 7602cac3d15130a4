import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { allowedElements, globalAttributes } from '../allowed-elements.ts';
import { report } from '../report.ts';

const rule = 'html-attribute';

/**
 * The attributes of an allowed tag are limited too: no event handlers (`onclick`, `onerror` …), no `style`,
 * `id` or `class` (ids are the headings' and the site's; looks are the site's), only what the tag needs
 * (`<abbr title>`, `<img src alt>`, `<Question q>`). Expression values and spreads are mdx-expression's.
 */
export function htmlAttribute() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const name = element.name;
      if (!name || !Object.hasOwn(allowedElements, name)) return; // html-element reports the tag itself
      const isComponent = /^[A-Z]/.test(name);
      const allowed = new Set([...allowedElements[name]!, ...(isComponent ? [] : globalAttributes)]);
      for (const attribute of element.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || allowed.has(attribute.name)) continue;
        const place = attribute.position ? attribute : element;
        const list = [...allowed].join(', ') || '없음';
        if (/^on/i.test(attribute.name)) {
          report(file, place, rule, `<${name}>에 이벤트 처리기 속성 ${attribute.name}이(가) 있습니다. 노트는 스크립트를 실행하지 않습니다.`, `${attribute.name} 속성을 지우세요.`);
        } else {
          report(file, place, rule, `<${name}>에 쓸 수 없는 속성 ${attribute.name}이(가) 있습니다.`, `${attribute.name} 속성을 지우세요. <${name}>에 쓸 수 있는 속성: ${list}.`);
        }
      }
    });
  };
}
