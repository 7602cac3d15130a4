import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { notePath, pageUrlOf } from '../options.ts';
import { report } from '../report.ts';

const rule = 'duplicate-url';

/**
 * Two files for one URL (`Kafka.mdx` and `kafka.mdx`, or `kafka.md` beside `kafka.mdx`) would silently shadow
 * each other: the loader names both `messaging/kafka`. Each of them reports the other.
 */
export function duplicateUrl() {
  return (_tree: Root, file: VFile) => {
    const relative = notePath(file);
    if (!relative) return;
    for (const sibling of sameUrlFiles(file.path)) {
      report(
        file,
        { line: 1, column: 1 },
        rule,
        `같은 주소 ${pageUrlOf(relative).toLowerCase()}를 ${path.posix.join(path.posix.dirname(relative), sibling)}도 씁니다.`,
        '한 주제는 한 파일에만 두세요. 두 파일을 합치거나 한쪽 이름을 바꾸세요.',
      );
    }
  };
}

/**
 * The other note files of the folder that give the same URL as `filePath`, sorted. Also part of a compiled
 * note's cache key (src/lib/markdown/compiled-notes.ts): the rule's answer depends on the folder, not only the note.
 */
export function sameUrlFiles(filePath: string): string[] {
  const own = path.basename(filePath);
  const key = urlKey(own);
  let siblings: string[];
  try {
    siblings = readdirSync(path.dirname(filePath));
  } catch {
    return [];
  }
  return siblings.filter((sibling) => sibling !== own && urlKey(sibling) === key && /\.mdx?$/i.test(sibling)).sort();
}

function urlKey(fileName: string): string {
  return fileName.replace(/\.mdx?$/i, '').toLowerCase();
}
