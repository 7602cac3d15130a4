import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { isReservedId } from '../../../config/reserved-ids.ts';
import { noteIds } from '../note-ids.ts';
import { report } from '../report.ts';

const rule = 'reserved-id';

/**
 * A heading or alias may not take an id the page's furniture uses (src/config/reserved-ids.ts): `## Search
 * Dialog` → `#search-dialog` would give the page two such elements and break search on it.
 */
export function reservedId() {
  return (tree: Root, file: VFile) => {
    for (const { id, kind, node } of noteIds(tree)) {
      if (kind === 'other' || !isReservedId(id)) continue;
      report(
        file,
        node,
        rule,
        `${kind === 'alias' ? '별칭' : '제목'} id "#${id}"는 사이트가 페이지에 쓰는 id입니다. 같은 id가 둘이면 그 요소(검색, 목차, 메뉴 …)가 망가집니다.`,
        kind === 'alias' ? '다른 별칭을 쓰세요.' : '제목 끝에 {/* #다른-id */}를 붙여 사이트가 쓰지 않는 id로 고정하세요.',
      );
    }
  };
}
