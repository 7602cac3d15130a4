import type { Image, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** Every image of a note: Markdown `![alt](src)` and `<img src alt>` tags. */
export function imagesOf(tree: Root): Array<{ src: string; alt: string; node: Node }> {
  const images: Array<{ src: string; alt: string; node: Node }> = [];
  visit(tree, (node) => {
    if (node.type === 'image') {
      const image = node as Image;
      images.push({ src: image.url, alt: image.alt ?? '', node });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as MdxJsxFlowElement).name === 'img') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const value = (name: string) => element.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
      const src = value('src');
      const alt = value('alt');
      images.push({ src: typeof src === 'string' ? src : '', alt: typeof alt === 'string' ? alt : '', node });
    }
  });
  return images;
}
