import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { t } from '../../i18n/index.ts';

/** How a fence tag is shown in the code block's label. Unlisted tags are shown as written. */
const languageNames: Record<string, string> = {
  bash: 'Bash',
  sh: 'Shell',
  shell: 'Shell',
  console: 'Console',
  dockerfile: 'Dockerfile',
  docker: 'Dockerfile',
  yaml: 'YAML',
  yml: 'YAML',
  json: 'JSON',
  kotlin: 'Kotlin',
  java: 'Java',
  javascript: 'JavaScript',
  js: 'JavaScript',
  typescript: 'TypeScript',
  ts: 'TypeScript',
  python: 'Python',
  go: 'Go',
  sql: 'SQL',
  http: 'HTTP',
  nginx: 'Nginx',
  proto: 'Protobuf',
  protobuf: 'Protobuf',
  graphql: 'GraphQL',
  xml: 'XML',
  html: 'HTML',
  css: 'CSS',
  ini: 'INI',
  toml: 'TOML',
  properties: 'Properties',
  groovy: 'Groovy',
  text: '텍스트',
  plaintext: '텍스트',
  txt: '텍스트',
};

function languageLabel(language: string): string {
  return languageNames[language.toLowerCase()] ?? language;
}

/**
 * Wraps each highlighted block (Shiki's `<pre data-language>`) in a figure with a language label and a
 * copy button. The button needs JavaScript, so it carries `needs-js` (hidden while the page runs without it).
 */
export function rehypeCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || typeof node.properties.dataLanguage !== 'string' || !parent || index === undefined) return;
      if (parent.type === 'element' && parent.tagName === 'figure') return; // already wrapped: safe to run twice
      const label = languageLabel(node.properties.dataLanguage);
      // Scrollable regions must be keyboard reachable (axe: scrollable-region-focusable).
      node.properties.tabIndex = 0;
      node.properties.ariaLabel = `${label} 코드`;
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['code-block'] },
        children: [
          {
            type: 'element',
            tagName: 'figcaption',
            properties: { className: ['code-block-header'], dataPagefindIgnore: '' },
            children: [
              { type: 'element', tagName: 'span', properties: { className: ['code-block-language'] }, children: [{ type: 'text', value: label }] },
              {
                type: 'element',
                tagName: 'button',
                properties: {
                  type: 'button',
                  className: ['copy-code', 'needs-js'],
                  ariaLabel: t('code.copyLabel', { language: label }),
                  dataCopyCode: '',
                  dataCopiedMessage: t('code.copied'),
                  dataFailedMessage: t('code.copyFailed'),
                },
                // Label and "copied" state stacked in one cell (copy-feedback.ts), so the button keeps its size.
                children: [
                  { type: 'element', tagName: 'span', properties: { className: ['copy-label'] }, children: [{ type: 'text', value: t('code.copy') }] },
                  { type: 'element', tagName: 'span', properties: { className: ['copy-done'], ariaHidden: 'true' }, children: [{ type: 'text', value: t('link.copiedButton') }] },
                ],
              },
            ],
          },
          node,
        ],
        position: node.position,
      };
    });
  };
}
