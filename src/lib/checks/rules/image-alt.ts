import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { imagesOf } from '../images.ts';
import { report } from '../report.ts';

const rule = 'image-alt';

/** Every image says what it shows: screen readers read the alt text, and search indexes it. */
export function imageAlt() {
  return (tree: Root, file: VFile) => {
    for (const image of imagesOf(tree)) {
      if (image.alt.trim()) continue;
      report(file, image.node, rule, `이미지 "${image.src}"에 대체 텍스트(alt)가 없습니다.`, '![이미지가 보여 주는 내용](경로)처럼 무엇을 보여 주는지 적으세요.');
    }
  };
}
