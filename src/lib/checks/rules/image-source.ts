import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { imagesOf } from '../images.ts';
import type { RuleOptions } from '../options.ts';
import { report } from '../report.ts';
import { requiredFiles } from '../required-files.ts';
import { urlScheme } from './unsafe-url.ts';

const rule = 'image-source';

/**
 * Every image is a file of the site: `/path` under public/, or a path next to the note (which Astro then
 * optimises). Images on other sites would make readers' browsers call them; attachments pasted from a note app
 * (`attachment:…`) point nowhere.
 */
export function imageSource(options: RuleOptions) {
  return (tree: Root, file: VFile) => {
    for (const { src, node } of imagesOf(tree)) {
      const scheme = urlScheme(src);
      if (scheme === 'data') continue; // unsafe-url decides about inline data
      if (/^(https?:)?\/\//i.test(src.trim())) {
        report(file, node, rule, `이미지 "${src}"가 다른 사이트에 있습니다. 이 사이트는 외부로 요청을 보내지 않습니다.`, '이미지를 public/ 아래에 두고 /경로로 쓰세요.');
        continue;
      }
      if (scheme && scheme !== 'http' && scheme !== 'https' && scheme !== 'attachment') continue; // unsafe-url's
      const clean = safeDecode(src.split(/[?#]/)[0] ?? '');
      const onDisk = clean.startsWith('/') ? path.join(options.publicDir, clean) : file.path ? path.join(path.dirname(file.path), clean) : '';
      if (!clean || scheme === 'attachment' || !existsSync(onDisk)) {
        report(file, node, rule, `이미지 "${src}" 파일이 없습니다.`, '파일을 그 경로에 두거나 경로를 고치세요. 쓸 수 없는 이미지라면 지우세요.');
      } else {
        // A cached compile of this note is good only while the file is there (src/lib/markdown/compiled-notes.ts).
        requiredFiles(file).push(onDisk);
      }
    }
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
