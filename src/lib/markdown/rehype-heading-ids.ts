import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, locate } from '../content-error.ts';
import { slugify } from '../slug.ts';

const headingTags = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Gives every h2–h6 an id from `slugify` (pinned ids from remark-pinned-heading-ids are kept, as
 * rehype-slug keeps existing ids). Two headings with the same id on one page would make one of them
 * unreachable by link, so that is an error that names both lines instead of a silent `-1` suffix.
 */
export function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, Element>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h1') {
        throw new ContentError(
          locate(file, node),
          '본문에 h1(`#` 제목)이 있습니다. 페이지 제목은 frontmatter의 title에서 옵니다.',
          '`# 제목`을 `## 제목`으로 바꾸세요.',
        );
      }
      if (!headingTags.has(node.tagName)) return;
      const id = typeof node.properties.id === 'string' ? node.properties.id : slugify(toString(node));
      if (!id) {
        throw new ContentError(locate(file, node), '제목에서 id를 만들 수 없습니다(글자가 없습니다).', '제목에 글자를 넣거나 {/* #id */}로 id를 고정하세요.');
      }
      const earlier = seen.get(id);
      if (earlier) {
        throw new ContentError(
          locate(file, node),
          `제목 id "#${id}"가 ${earlier.position?.start.line ?? '?'}번째 줄의 제목과 겹칩니다.`,
          '제목을 다르게 쓰거나 한쪽 끝에 {/* #다른-id */}를 붙여 id를 고정하세요.',
        );
      }
      seen.set(id, node);
      node.properties.id = id;
    });
  };
}
