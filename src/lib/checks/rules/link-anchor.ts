import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { noteIds } from '../note-ids.ts';
import { linksOf, resolveTarget } from '../note-links.ts';
import { report } from '../report.ts';

const rule = 'link-anchor';

/**
 * A link to a section of the same page (`[x](#id)`) must reach an id the note makes: a heading, an alias, an
 * interview question. Runs after every step that makes ids; links to other pages are `npm run check`'s
 * link-target rule (and the built site's link check).
 */
export function linkAnchor() {
  return (tree: Root, file: VFile) => {
    const ids = new Set(noteIds(tree).map(({ id }) => id));
    for (const { url, place } of linksOf(file)) {
      if (!url.startsWith('#')) continue;
      const fragment = resolveTarget(url)?.fragment;
      // Broken or non-NFC encoding is link-encoding's (or nfc's) to report.
      if (fragment === undefined || fragment !== fragment.normalize('NFC') || ids.has(fragment)) continue;
      report(
        file,
        place,
        rule,
        fragment ? `링크 ${url}의 절 #${fragment}이(가) 이 노트에 없습니다.` : `링크 ${url}가 가리키는 절이 없습니다.`,
        '이 노트의 제목에서 만든 id를 쓰세요 (규칙: content/README.md의 "제목 id"). 절 제목을 바꿨다면 링크도 고치세요.',
      );
    }
  };
}
