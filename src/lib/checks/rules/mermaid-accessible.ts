import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { accessibleText } from '../../markdown/rehype-mermaid.ts';
import { report } from '../report.ts';

const rule = 'mermaid-accessible';

/**
 * Every diagram carries `accTitle` (its caption) and `accDescr` (its text alternative): a diagram is an SVG a
 * screen reader cannot read, and search does not index it.
 */
export function mermaidAccessible() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node: Code) => {
      if (node.lang?.toLowerCase() !== 'mermaid') return;
      const missing = (['accTitle', 'accDescr'] as const).filter((key) => !accessibleText(node.value, key));
      if (missing.length === 0) return;
      report(file, node, rule, `다이어그램에 ${missing.join('과 ')}이 없습니다.`, '다이어그램 종류 다음 줄에 `accTitle: 제목`과 `accDescr: 한 문장 설명`을 적으세요.');
    });
  };
}
