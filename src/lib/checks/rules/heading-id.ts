import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isReservedId } from '../../../config/reserved-ids.ts';
import { noteIds } from '../note-ids.ts';
import { report } from '../report.ts';

const rule = 'heading-id';
const headingTags = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Every heading has an id (its text gives one, or a pin does), and no two ids on the page are the same: a link
 * to the second would land on the first. Runs after the ids are made (rehype-heading-ids).
 */
export function headingId() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      if (headingTags.has(node.tagName) && typeof node.properties.id !== 'string') {
        report(file, node, rule, '제목에서 id를 만들 수 없습니다(글자가 없습니다).', '제목에 글자를 넣거나 {/* #id */}로 id를 고정하세요.');
      }
    });
    const seen = new Map<string, { line?: number; kind: string }>();
    for (const { id, kind, node } of noteIds(tree)) {
      // A heading that takes a reserved id (a diagram caption's, a question's) is reserved-id's to report.
      if (isReservedId(id) && kind !== 'other') continue;
      const earlier = seen.get(id);
      // Two ids the pipeline made (inside a diagram's SVG, say) are no fault of the author's heading.
      if (earlier && (kind !== 'other' || earlier.kind !== 'other')) {
        report(
          file,
          node,
          rule,
          `${kind === 'alias' ? '별칭' : '제목'} id "#${id}"가 ${earlier.line ?? '?'}번째 줄의 제목과 겹칩니다.`,
          '제목을 다르게 쓰거나 한쪽 끝에 {/* #다른-id */}를 붙여 id를 고정하세요.',
        );
      } else if (!earlier) seen.set(id, { line: node.position?.start.line, kind });
    }
  };
}
