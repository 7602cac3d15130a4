import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { categorySlugs } from '../../categories.ts';
import { locationProblem } from '../../content-index.ts';
import { notePath, type RuleOptions } from '../options.ts';
import { report } from '../report.ts';

const rule = 'note-location';

/**
 * A note is `content/<category>/<topic>.mdx`: the folder is a category, the file name a URL segment, and the
 * `category` field names the folder (the same test the content index makes when the pages are built).
 */
export function noteLocation(options: RuleOptions) {
  return (_tree: Root, file: VFile) => {
    const relative = notePath(file, options);
    if (!relative) return;
    if (relative.split('/').length !== 2) {
      report(
        file,
        { line: 1, column: 1 },
        rule,
        `노트가 ${relative}에 있습니다. 사이트는 content/<카테고리>/<주제>.mdx만 읽으므로 이 노트는 어느 페이지에도 실리지 않습니다.`,
        '노트를 카테고리 폴더 바로 아래로 옮기세요 (예: content/messaging/kafka.mdx).',
      );
      return;
    }
    const category = (file.data as { astro?: { frontmatter?: { category?: unknown } } }).astro?.frontmatter?.category;
    // A missing or unknown category is the frontmatter rule's to report; here the folder, the name, the match.
    const folder = relative.split('/')[0]!;
    const known = typeof category === 'string' && (categorySlugs as readonly string[]).includes(category);
    const problem = locationProblem(relative, known ? category : folder);
    if (problem) report(file, { line: 1, column: 1 }, rule, problem.problem, problem.fix);
  };
}
