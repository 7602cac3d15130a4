import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../report.ts';

const rule = 'heading-level';

/** The page title (h1) comes from the frontmatter; the body starts at `##`. */
export function headingLevel() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (node: Heading) => {
      if (node.depth !== 1) return;
      report(file, node, rule, '본문에 h1(`#` 제목)이 있습니다. 페이지 제목은 frontmatter의 title에서 옵니다.', '`# 제목`을 `## 제목`으로 바꾸세요.');
    });
  };
}
