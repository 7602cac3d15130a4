import type { Definition, Image, Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { urlAttributes } from '../allowed-elements.ts';
import { report } from '../report.ts';

const rule = 'unsafe-url';
const allowedSchemes = new Set(['http', 'https', 'mailto']);
/** Images may be inlined as raster data; SVG is left out, it can carry scripts when opened on its own. */
const inlineImage = /^data:image\/(png|jpeg|gif|webp|avif)[;,]/;

/**
 * The scheme of a URL as a browser reads it: character references are already decoded by the parser
 * (`java&#x73;cript:`), ASCII tab and newline are dropped anywhere and control characters and spaces at the
 * start are trimmed (` JavaScript:`, `java\tscript:`), and the scheme is case-insensitive.
 */
export function urlScheme(url: string): string | undefined {
  const cleaned = url
    .replace(/[\t\n\r]/g, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a browser drops control characters and spaces before a URL's scheme.
    .replace(/^[\u0000-\u0020]+/, '')
    .toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/** Whether a URL may appear in a note: relative, or http(s)/mailto, or raster image data for an image. */
export function isSafeUrl(url: string, kind: 'link' | 'image'): boolean {
  const scheme = urlScheme(url);
  if (!scheme || allowedSchemes.has(scheme)) return true;
  return (
    kind === 'image' &&
    scheme === 'data' &&
    inlineImage.test(
      url
        .replace(/[\t\n\r]/g, '')
        .trim()
        .toLowerCase(),
    )
  );
}

/**
 * `javascript:`, `vbscript:`, `data:` (other than raster images) and any other scheme than http(s)/mailto, in
 * Markdown links, images and link definitions and in any URL attribute of a tag.
 */
export function unsafeUrl() {
  return (tree: Root, file: VFile) => {
    const check = (node: Node, url: string, kind: 'link' | 'image') => {
      // A pasted note-app attachment is a missing file, which image-source says.
      if (isSafeUrl(url, kind) || (kind === 'image' && urlScheme(url) === 'attachment')) return;
      report(
        file,
        node,
        rule,
        `${kind === 'image' ? '이미지' : '링크'} 주소 "${url.trim().slice(0, 60)}"의 ${urlScheme(url)}: 는 쓸 수 없습니다. 누르거나 여는 순간 코드가 실행되거나 다른 문서가 열립니다.`,
        '다른 노트는 /카테고리/주제/ 로, 바깥 문서는 https:// 주소로, 이미지는 public/ 아래 파일로 링크하세요.',
      );
    };
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') check(node, (node as Link | Definition).url, 'link');
      else if (node.type === 'image') check(node, (node as Image).url, 'image');
      else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const element = node as MdxJsxFlowElement | MdxJsxTextElement;
        for (const attribute of element.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
          if (!urlAttributes.has(attribute.name.toLowerCase())) continue;
          check(attribute.position ? attribute : element, attribute.value, element.name === 'img' && attribute.name === 'src' ? 'image' : 'link');
        }
      }
    });
  };
}
