import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { contentDir } from '../../config/site.ts';
import { type GlossaryEntry, glossaryNames, loadGlossary } from '../glossary.ts';
import { escapeRegExp } from '../search/text.ts';

/**
 * The first use of a glossary term on a page (content/glossary.yaml: terms explained inside some other
 * topic) shows its definition on hover and on keyboard focus, without JavaScript and without moving
 * anything: the tip is positioned over the text, and referenced by aria-describedby so screen readers
 * read it as the term's description instead of in the middle of the sentence. The page that explains the
 * term gets no tip. Headings, links, code, diagrams and question titles are left as they are.
 */
export function rehypeGlossaryTerms(options: { entries?: GlossaryEntry[] } = {}) {
  // A problem in content/glossary.yaml throws here, naming the YAML file and line (not the note being compiled).
  // A content folder without a glossary (a test fixture) has no terms to mark; the site's own folder must
  // have one, which the glossary page and the data-file check demand.
  const entries = options.entries ?? (existsSync(path.join(contentDir, 'glossary.yaml')) ? loadGlossary(contentDir) : []);
  const matchers = entries.map((entry) => ({ entry, pattern: termPattern(entry) }));
  return (tree: Root, file: VFile) => {
    const pageUrl = pageUrlOf(file.path);
    const pending = new Set(matchers.filter(({ entry }) => entry.link.split('#')[0] !== pageUrl));
    if (pending.size === 0) return;
    const replacements: Array<{ parent: Element | Root; node: Text; parts: ElementContent[] }> = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (pending.size === 0 || ancestors.some(isSkipped)) return;
      const parts: ElementContent[] = [];
      let rest = node.value;
      // Earliest match first, so two terms in one text node come out in reading order.
      for (;;) {
        let first: { matcher: (typeof matchers)[number]; index: number; length: number } | undefined;
        for (const matcher of pending) {
          const match = matcher.pattern.exec(rest);
          if (match && (!first || match.index < first.index)) first = { matcher, index: match.index, length: match[0].length };
        }
        if (!first) break;
        pending.delete(first.matcher);
        if (first.index > 0) parts.push({ type: 'text', value: rest.slice(0, first.index) });
        parts.push(termElement(rest.slice(first.index, first.index + first.length), first.matcher.entry));
        rest = rest.slice(first.index + first.length);
      }
      if (parts.length === 0) return;
      if (rest) parts.push({ type: 'text', value: rest });
      replacements.push({ parent: ancestors.at(-1) as Element | Root, node, parts });
    });
    for (const { parent, node, parts } of replacements) {
      parent.children.splice(parent.children.indexOf(node), 1, ...(parts as typeof parent.children));
    }
  };
}

/** `content/messaging/kafka.mdx` → `/messaging/kafka/`. */
function pageUrlOf(filePath: string | undefined): string {
  if (!filePath) return '';
  const relative = path.relative(path.resolve(contentDir), path.resolve(filePath)).split(path.sep).join('/');
  return `/${relative.replace(/\.mdx?$/, '')}/`;
}

/**
 * Any name of the entry (other spellings included), not inside a longer Latin word (ISR, not ISRs or MISR)
 * and not after a Hangul syllable (`사가` is a term, the `사가` in `회사가` is not). A Hangul particle may
 * follow (`멱등성을`).
 */
function termPattern(entry: GlossaryEntry): RegExp {
  const forms = glossaryNames(entry);
  forms.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![A-Za-z0-9\\uac00-\\ud7a3])(?:${forms.map(escapeRegExp).join('|')})(?![A-Za-z0-9])`);
}

function isSkipped(node: unknown): boolean {
  const element = node as Element;
  return element.type === 'element' && /^(h[1-6]|a|code|pre|summary|figure|svg|button|script|style)$/.test(element.tagName);
}

function termElement(text: string, entry: GlossaryEntry): Element {
  const tipId = `glossary-tip-${entry.id}`;
  const names = [entry.term, entry.english, entry.abbreviation].filter(Boolean).join(' · ');
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['glossary-term'] },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['glossary-term-word'], tabIndex: 0, ariaDescribedBy: [tipId] },
        children: [{ type: 'text', value: text }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['glossary-tip'], id: tipId, role: 'tooltip', dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: names }] },
          { type: 'text', value: ` ${entry.definition}` },
        ],
      },
    ],
  };
}
