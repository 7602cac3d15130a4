import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../checks/report.ts';

/**
 * `## 새 제목 {/* #old-id *\/}` pins a heading's id so links survive a rename; `alias:` names add older ids
 * that must keep landing here (`{/* #id alias:older-id *\/}`). The comment is valid MDX and renders nothing.
 * This plugin removes the comment from the heading and hands the id to rehype via `data.hProperties`.
 */
const pinPattern = /^\s*\/\*\s*#(\S+?)((?:\s+alias:\S+?)*)\s*\*\/\s*$/;
const idPattern = /^[\p{Ll}\p{Lo}\p{N}_-]+$/u;

export function remarkPinnedHeadingIds() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'mdxTextExpression') return;
      const match = pinPattern.exec(last.value);
      if (!match) return;
      const [id, ...aliases] = [match[1], ...match[2].split(/\s+alias:/).filter(Boolean)].map((value) => value.normalize('NFC'));
      const invalid = [id, ...aliases].filter((value) => !idPattern.test(value));
      for (const value of invalid) {
        report(file, last, 'pinned-id', `고정 id "${value}"에 쓸 수 없는 문자가 있습니다.`, '소문자, 한글, 숫자, "-", "_"만 써서 {/* #리더-선출 */}처럼 적으세요.');
      }
      if (invalid.length > 0) return;
      heading.children.pop();
      const previous = heading.children.at(-1);
      if (previous?.type === 'text') previous.value = previous.value.trimEnd();
      heading.data ??= {};
      heading.data.hProperties = {
        ...heading.data.hProperties,
        id,
        ...(aliases.length ? { dataAnchorAliases: aliases.join(' ') } : {}),
      };
    });
  };
}
