import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { resolveTarget } from '../note-links.ts';
import { report } from '../report.ts';
import { urlScheme } from './unsafe-url.ts';

const rule = 'link-encoding';

/**
 * Internal links (`/…` and `#…`) must decode to NFC text. A browser percent-decodes a fragment and compares it
 * with the page's ids as they are, without Unicode normalization: `#%E1%84%85…` (decomposed Hangul) never
 * reaches `#리더-선출`. Written as text, the NFD form is the nfc rule's; here the percent-encoded form.
 */
export function linkEncoding() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = (node as Link | Definition).url;
      if (urlScheme(url) || url.startsWith('//') || !url.includes('%')) return;
      const target = resolveTarget(url);
      if (!target) {
        report(file, node, rule, `링크 ${url}의 퍼센트 인코딩(%XX)이 깨져 있습니다.`, '주소를 인코딩하지 말고 한글 그대로 쓰세요 (예: /messaging/kafka/#리더-선출).');
        return;
      }
      const decoded = `${target.path}${target.fragment === undefined ? '' : `#${target.fragment}`}`;
      if (decoded !== decoded.normalize('NFC')) {
        report(
          file,
          node,
          rule,
          `링크 ${url}를 풀면 NFC가 아닌 글자(풀어 쓴 한글 자모)가 나옵니다. 브라우저는 이 앵커를 NFC id와 맞춰 보지 않으므로 링크가 절에 닿지 않습니다.`,
          `주소를 인코딩하지 말고 한글 그대로 쓰세요: ${decoded.normalize('NFC')}`,
        );
      }
    });
  };
}
