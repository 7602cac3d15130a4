import type { SearchResult, TextPart } from './results.ts';

/**
 * A text directive (`:~:text=`) that takes the browser to the first matched words of an excerpt, for a
 * search result's link: the section id before it stays the fallback (a browser without text fragments, or
 * words it cannot find, lands at the section) and `?hl=` still marks every word.
 *
 * What Chromium taught (tests/e2e/search-ui.spec.ts checks where it lands):
 * - It matches a directive's words only as whole words, so the directive names the whole whitespace-separated
 *   word(s) the mark sits in (`파티션` matched in `파티션을` names `파티션을`).
 * - It takes the first match in the document, and the table of contents and the sidebar come before the
 *   article and repeat every heading. So the named words come with context (`prefix-,words,-suffix`), and
 *   without any there is no directive.
 * - A term must lie inside one block; context may cross into the next. Pagefind ends a block that has no
 *   full stop (a heading, a list item) with one of its own (`리더 선출.`), which the page does not have. When
 *   the mark's block ends within a few words, the named words run to its end (stop dropped) and the suffix
 *   is the first word of the next block: a heading then matches in the article, where its section's text
 *   follows it, and not in the table of contents, where the next heading does.
 * A mark in the section's own heading is skipped for the next one (the id already lands at the heading).
 */
export function textDirective(parts: readonly TextPart[], heading = ''): string | undefined {
  const text = parts.map((part) => part.text).join('');
  // Pagefind begins a section's excerpt with its heading, followed by its own full stop.
  const skip = heading && text.startsWith(heading) ? heading.length + 1 : 0;
  let offset = 0;
  let start = -1;
  let end = -1;
  for (const part of parts) {
    const from = offset + (part.text.length - part.text.trimStart().length);
    offset += part.text.length;
    if (part.mark && part.text.trim() && from >= skip) {
      start = from;
      end = offset - (part.text.length - part.text.trimEnd().length);
      break;
    }
  }
  if (start < 0) return undefined;
  const words = [...text.matchAll(/\S+/g)].map((match) => ({ word: match[0], to: match.index + match[0].length }));
  const first = words.findIndex((word) => word.to > start);
  let last = words.findIndex((word) => word.to >= end);
  const blockEnd = words.findIndex((word, index) => index >= last && word.word.endsWith('.'));
  if (blockEnd >= 0 && blockEnd - last <= blockReach) last = blockEnd;
  const named = words
    .slice(first, last + 1)
    .map((word) => word.word)
    .join(' ')
    .replace(/\.$/, '');
  const bare = (word: string | undefined) => word?.replace(/\.$/, '') || undefined;
  const prefix = first > 0 && words[first - 1]!.to > skip ? bare(words[first - 1]!.word) : undefined;
  const suffix = bare(words[last + 1]?.word);
  if (!named || (!prefix && !suffix)) return undefined;
  return `:~:text=${[prefix && `${encodeTerm(prefix)}-`, encodeTerm(named), suffix && `-${encodeTerm(suffix)}`].filter(Boolean).join(',')}`;
}

/** How many words after the mark its block may still end for the named words to run to that end (a heading's length). */
const blockReach = 4;

/** A directive's term is percent-encoded, with its own separators `-`, `,` and `&` encoded too. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** `url` (with or without `#id`) with the directive of `parts` after its fragment. */
export function withTextFragment(url: string, parts: readonly TextPart[], heading = ''): string {
  const directive = textDirective(parts, heading);
  if (!directive) return url;
  return `${url}${url.includes('#') ? '' : '#'}${directive}`;
}

/**
 * Adds the directives to a merged result: each section link gets its own excerpt's words; the result's own
 * link gets its section's words when it opens at a section, else the page excerpt's.
 */
export function addTextFragments(result: SearchResult): void {
  const opensAt = result.sections.find((section) => section.url === result.url);
  result.url = opensAt ? withTextFragment(result.url, opensAt.excerpt, opensAt.title) : withTextFragment(result.url, result.excerpt);
  for (const section of result.sections) section.url = withTextFragment(section.url, section.excerpt, section.title);
}
