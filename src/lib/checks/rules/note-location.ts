import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { categorySlugs } from '../../categories.ts';
import { locationProblem } from '../../content-index.ts';
import { notePath } from '../options.ts';
import { report } from '../report.ts';

const rule = 'note-location';

/**
 * A note is `content/<category>/<topic>.mdx`: the folder is a category, the file name a URL segment, and the
 * `category` field names the folder (the same test the content index makes when the pages are built). A note
 * deeper in the content folder is never loaded; `npm run check` reports it (src/lib/content-check.ts).
 */
export function noteLocation() {
  return (_tree: Root, file: VFile) => {
    const relative = notePath(file);
    if (!relative) return;
    const category = (file.data as { astro?: { frontmatter?: { category?: unknown } } }).astro?.frontmatter?.category;
    // A missing or unknown category is the frontmatter rule's to report; here the folder, the name, the match.
    const folder = relative.split('/')[0]!;
    const known = typeof category === 'string' && (categorySlugs as readonly string[]).includes(category);
    const problem = locationProblem(relative, known ? category : folder);
    if (problem) report(file, { line: 1, column: 1 }, rule, problem.problem, problem.fix);
  };
}
