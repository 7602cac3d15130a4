import type { Pluggable } from 'unified';
import type { RuleOptions } from './options.ts';
import { codeLanguage } from './rules/code-language.ts';
import { duplicateUrl } from './rules/duplicate-url.ts';
import { frontmatter } from './rules/frontmatter.ts';
import { headingId } from './rules/heading-id.ts';
import { headingLevel } from './rules/heading-level.ts';
import { htmlAttribute } from './rules/html-attribute.ts';
import { htmlElement } from './rules/html-element.ts';
import { imageAlt } from './rules/image-alt.ts';
import { imageSource } from './rules/image-source.ts';
import { linkAnchor } from './rules/link-anchor.ts';
import { linkEncoding } from './rules/link-encoding.ts';
import { mdxEsm } from './rules/mdx-esm.ts';
import { mdxExpression } from './rules/mdx-expression.ts';
import { mermaidAccessible } from './rules/mermaid-accessible.ts';
import { nfc } from './rules/nfc.ts';
import { noteLocation } from './rules/note-location.ts';
import { question } from './rules/question.ts';
import { reservedId } from './rules/reserved-id.ts';
import { unsafeUrl } from './rules/unsafe-url.ts';

/**
 * The rules every note must pass, in the one pipeline the build, the dev server and `npm run check` run
 * (src/lib/markdown/pipeline.ts). Each is a unified plugin in its own file that reports with
 * `file.message(…, 'infra-notes:<rule-id>')` and never throws. Adding a rule: one file in rules/, one line here,
 * one bad fixture in tests/fixtures/bad-content/ and its line in tests/unit/content-check.test.ts.
 *
 * Two rules are reported by the transforms that find them (remark-pinned-heading-ids: pinned-id,
 * rehype-mermaid: mermaid-syntax), and three by `npm run check` across notes or files (src/lib/checks/site.ts).
 */

/** On the Markdown tree (mdast), before any transform. */
export function remarkRules(options: RuleOptions): Pluggable[] {
  return [
    frontmatter,
    noteLocation,
    duplicateUrl,
    nfc,
    mdxEsm,
    mdxExpression,
    htmlElement,
    htmlAttribute,
    unsafeUrl,
    linkEncoding,
    imageAlt,
    [imageSource, options],
    codeLanguage,
    headingLevel,
    question,
    mermaidAccessible,
  ];
}

/** On the HTML tree (hast), after every transform that makes ids. */
export function rehypeRules(): Pluggable[] {
  return [headingId, reservedId, linkAnchor];
}
