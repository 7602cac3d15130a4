import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../../i18n/index.ts';
import { report } from '../checks/report.ts';
import { DiagramSyntaxError, type MermaidRenderer, type RenderedDiagram, UnthemedDiagramError } from '../mermaid/renderer.ts';

export interface RehypeMermaidOptions {
  renderer: MermaidRenderer;
}

/** `accTitle: …` / `accDescr: …` lines: the caption and the text alternative an author must give. */
export function accessibleText(source: string, key: 'accTitle' | 'accDescr'): string | undefined {
  return new RegExp(`^\\s*${key}\\s*:\\s*(.+)$`, 'm').exec(source)?.[1].trim();
}

function isMermaidBlock(node: Element): boolean {
  const code = node.tagName === 'pre' ? node.children[0] : undefined;
  if (code?.type !== 'element' || code.tagName !== 'code') return false;
  const className = code.properties.className;
  return Array.isArray(className) && className.includes('language-mermaid');
}

/**
 * Replaces every ```mermaid block with a <figure> holding the SVG rendered at build time (one for every
 * theme: the site's stylesheet colours it with the theme's custom properties), a caption from `accTitle`, and a text alternative from `accDescr`
 * plus every label, which also puts the labels into the search index (Pagefind does not read SVG text).
 * An invalid diagram is reported (rule mermaid-syntax) with the file and the line inside the note.
 */
export function rehypeMermaid({ renderer }: RehypeMermaidOptions) {
  return async (tree: Root, file: VFile) => {
    const blocks: Array<{ node: Element; index: number; parent: Root | Element }> = [];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (parent && index !== undefined && isMermaidBlock(node)) blocks.push({ node, index, parent: parent as Root | Element });
    });

    // A diagram repeated on the page gets its own element ids (counted in document order).
    const seen = new Map<string, number>();
    await Promise.all(
      blocks.map(async ({ node, index, parent }, blockNumber) => {
        const source = hastToString(node).trim();
        const occurrence = seen.get(source) ?? 0;
        seen.set(source, occurrence + 1);
        const where = `${file.path ?? ''}:${node.position?.start.line ?? ''}`;
        const title = accessibleText(source, 'accTitle');
        const description = accessibleText(source, 'accDescr');
        // Without them the mermaid-accessible rule has reported the block; it stays as code and the build stops.
        if (!title || !description) return;
        let rendered: RenderedDiagram;
        try {
          rendered = await renderer.render(source, { occurrence, where });
        } catch (error) {
          if (!(error instanceof DiagramSyntaxError)) throw error;
          // The fence line comes first, so diagram line N is file line start + N.
          const start = node.position?.start.line;
          report(
            file,
            start && error.line ? { line: start + error.line, column: 1 } : node,
            'mermaid-syntax',
            `Mermaid 다이어그램을 그릴 수 없습니다: ${error.message}`,
            error instanceof UnthemedDiagramError
              ? 'flowchart(graph)나 sequenceDiagram으로 그리세요. 다른 종류를 쓰려면 src/styles/global.css의 다이어그램 색을 먼저 정하세요.'
              : 'Mermaid 문법을 고치세요 (https://mermaid.js.org/intro/syntax-reference.html). 특수문자가 든 라벨은 A["라벨"]처럼 따옴표로 감싸세요.',
          );
          return;
        }
        const captionId = `diagram-${blockNumber + 1}-caption`;
        const canvas: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['diagram-canvas'] },
          children: fromHtml(rendered.svg, { fragment: true, space: 'svg' }).children as ElementContent[],
        };
        const figure: Element = {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['diagram'], ariaLabelledBy: [captionId] },
          children: [
            canvas,
            { type: 'element', tagName: 'figcaption', properties: { id: captionId }, children: [{ type: 'text', value: title }] },
            {
              type: 'element',
              tagName: 'details',
              properties: { className: ['diagram-text'] },
              children: [
                { type: 'element', tagName: 'summary', properties: { dataPagefindIgnore: '' }, children: [{ type: 'text', value: t('diagram.textAlternative') }] },
                { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: description }] },
                {
                  type: 'element',
                  tagName: 'p',
                  properties: { className: ['diagram-labels'] },
                  children: [{ type: 'text', value: `${t('diagram.labels')}: ${rendered.labels.join(' · ')}` }],
                },
              ],
            },
          ],
          position: node.position,
        };
        parent.children[index] = figure;
      }),
    );
  };
}
