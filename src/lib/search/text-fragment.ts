import type { SearchResult, TextPart } from './results.ts';

/**
 * A text directive (`:~:text=`) that takes the browser to the first matched words of an excerpt, for a
 * search result's link: the section id before it stays the fallback (a browser without text fragments, or
 * words it cannot find, lands at the section) and `?hl=` still marks every word.
 *
 * Browsers match a directive's words only as whole words and only inside one block, and they take the
 * first match in the page, which for a bare topic name is often the sidebar. So the directive names the
 * whole whitespace-separated word(s) the mark sits in (`파티션` matched in `파티션을` names `파티션을`), and
 * the words just before and after it in the excerpt as context (`prefix-,words,-suffix`): context may
 * cross into the neighbouring block, so a list item or a heading next to the words still matches, and it
 * leads the browser past the same word in the navigation. Without a marked word there is no directive.
 */
export function textDirective(parts: readonly TextPart[]): string | undefined {
  let text = '';
  let start = -1;
  let end = -1;
  for (const part of parts) {
    if (part.mark && start < 0 && part.text.trim()) {
      start = text.length + (part.text.length - part.text.trimStart().length);
      end = text.length + part.text.trimEnd().length;
    }
    text += part.text;
  }
  if (start < 0) return undefined;
  const words = [...text.matchAll(/\S+/g)].map((match) => ({ word: match[0], to: match.index + match[0].length }));
  const first = words.findIndex((word) => word.to > start);
  const last = words.findIndex((word) => word.to >= end);
  const named = words.slice(first, last + 1).map((word) => word.word);
  const prefix = words[first - 1]?.word;
  const suffix = words[last + 1]?.word;
  return `:~:text=${[prefix && `${encodeTerm(prefix)}-`, encodeTerm(named.join(' ')), suffix && `-${encodeTerm(suffix)}`].filter(Boolean).join(',')}`;
}

/** A directive's term is percent-encoded, with its own separators `-`, `,` and `&` encoded too. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** `url` (with or without `#id`) with the directive of `parts` after its fragment. */
export function withTextFragment(url: string, parts: readonly TextPart[]): string {
  const directive = textDirective(parts);
  if (!directive) return url;
  return `${url}${url.includes('#') ? '' : '#'}${directive}`;
}

/**
 * Adds the directives to a merged result: each section link gets its own excerpt's words; the result's own
 * link gets its section's words when it opens at a section, else the page excerpt's.
 */
export function addTextFragments(result: SearchResult): void {
  const opensAt = result.sections.find((section) => section.url === result.url);
  result.url = withTextFragment(result.url, opensAt && opensAt.excerpt.length > 0 ? opensAt.excerpt : result.excerpt);
  for (const section of result.sections) section.url = withTextFragment(section.url, section.excerpt);
}
