import type { TermHit } from './match-terms.ts';
import type { TermTarget } from './term-index.ts';
import { compact, escapeRegExp } from './text.ts';
import { addTextFragments } from './text-fragment.ts';

/** A piece of excerpt text, marked when it matched. Rendered with textContent: never as HTML. */
export interface TextPart {
  text: string;
  mark: boolean;
}

interface SectionResult {
  title: string;
  url: string;
  excerpt: TextPart[];
}

export interface SearchResult {
  url: string;
  title: string;
  category: string;
  excerpt: TextPart[];
  sections: SectionResult[];
  score: number;
}

/** The part of a Pagefind result this module reads (see Pagefind's `result.data()`). */
export interface FullTextResult {
  url: string;
  excerpt: string;
  /** `kind: reference` marks the glossary and the checklist (data-pagefind-meta on their article). */
  meta: { title?: string; category?: string; kind?: string };
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Pagefind excerpts are escaped text with `<mark>`; turn them into parts, keeping nothing else as markup. */
export function excerptParts(excerpt: string): TextPart[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((piece) => {
      const mark = piece.startsWith('<mark>');
      const text = (mark ? piece.slice(6, -7) : piece).replace(/<[^>]*>/g, '').replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (entity) => entities[entity]!);
      return { text, mark };
    });
}

/** Marks every occurrence of the query words in plain text (for descriptions of term-only hits). */
export function markWords(text: string, words: string[]): TextPart[] {
  const needles = words.filter((word) => word.length > 0).map(escapeRegExp);
  if (needles.length === 0) return [{ text, mark: false }];
  // Splitting on a capturing group puts each match at an odd position: no second regular expression per piece.
  return text
    .split(new RegExp(`(${needles.join('|')})`, 'gi'))
    .map((piece, position) => ({ text: piece, mark: position % 2 === 1 }))
    .filter((part) => part.text.length > 0);
}

/**
 * Merges the term-index hits (names, aliases, headings: what the reader most likely means) with the
 * full-text results, one entry per page: a page named by the query comes first; a section named by the
 * query is the page's first sub-result; Pagefind's order decides among the rest. The glossary and the
 * checklist mention nearly every name, so they rank below the topics unless the query names them.
 * A page found only through one section links to that section: Enter then lands where the words are.
 */
export function mergeResults(options: {
  hits: TermHit[];
  targets: TermTarget[];
  fullText: FullTextResult[];
  words: string[];
  withBase: (url: string) => string;
  categoryName: (slug: string) => string;
}): SearchResult[] {
  const { hits, targets, fullText, words, withBase, categoryName } = options;
  const byUrl = new Map<string, SearchResult>();
  const pageOf = (target: TermTarget) => {
    const url = withBase(target.url);
    let result = byUrl.get(url);
    if (!result) {
      result = { url, title: target.title, category: categoryName(target.category), excerpt: markWords(target.description, words), sections: [], score: 0 };
      byUrl.set(url, result);
    }
    return result;
  };
  for (const hit of hits) {
    const target = targets[hit.target]!;
    const page = pageOf(target);
    page.score = Math.max(page.score, hit.score);
    if (target.section && !page.sections.some((section) => section.url.endsWith(`#${target.section}`))) {
      page.sections.push({ title: hit.text, url: `${page.url}#${target.section}`, excerpt: [] });
    }
  }
  const namedSections = new Map([...byUrl].map(([url, page]) => [url, page.sections.length]));
  const namedByTitle = new Set(hits.filter((hit) => !targets[hit.target]!.section).map((hit) => withBase(targets[hit.target]!.url)));
  const openAtTop = new Set<string>(namedByTitle);
  fullText.forEach((result, rank) => {
    const url = result.url.replace(/#.*$/, '');
    const reference = result.meta.kind === 'reference' && !namesPage(result.meta.title ?? '', words);
    const fullTextScore = (reference ? 5 : 40) * (1 - rank / Math.max(fullText.length, 1));
    let page = byUrl.get(url);
    if (!page) {
      page = { url, title: result.meta.title ?? url, category: result.meta.category ?? '', excerpt: [], sections: [], score: 0 };
      byUrl.set(url, page);
    }
    page.score += fullTextScore;
    page.excerpt = excerptParts(result.excerpt);
    for (const sub of result.sub_results) {
      if (!sub.url.includes('#')) {
        openAtTop.add(url); // words matched before the first heading
        continue; // the page itself, already the main entry
      }
      const known = page.sections.find((section) => sameUrl(section.url, sub.url));
      if (known) known.excerpt = excerptParts(sub.excerpt);
      else page.sections.push({ title: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) });
    }
  });
  for (const page of byUrl.values()) {
    // Sections the query names keep their order; after them, the section whose excerpt has more of the
    // words first (`Docker 이미지 빌드`: the Dockerfile section, not the first one that says 이미지).
    const named = namedSections.get(page.url) ?? 0;
    const found = page.sections.slice(named).map((section, order) => ({ section, order, words: wordsMarked(section.excerpt, words) }));
    found.sort((a, b) => b.words - a.words || a.order - b.order);
    page.sections = [...page.sections.slice(0, named), ...found.map(({ section }) => section)];
    if (page.sections.length === 1 && !openAtTop.has(page.url)) page.url = page.sections[0]!.url;
    page.sections = page.sections.slice(0, 4);
    addTextFragments(page); // `#:~:text=` opens the page at the matched words
  }
  return [...byUrl.values()].sort((a, b) => b.score - a.score);
}

/** How many of the query's words a marked part of the excerpt holds. */
function wordsMarked(excerpt: TextPart[], words: string[]): number {
  const marks = excerpt.filter((part) => part.mark).map((part) => compact(part.text));
  return words.filter((word) => marks.some((mark) => mark.includes(compact(word)))).length;
}

/** Whether the query names the page: one of its words is in the title (`용어` → 용어 사전). */
function namesPage(title: string, words: string[]): boolean {
  const name = compact(title);
  return words.some((word) => word.length >= 2 && name.includes(compact(word)));
}

function sameUrl(a: string, b: string): boolean {
  const decode = (url: string) => {
    try {
      return decodeURIComponent(url).normalize('NFC');
    } catch {
      return url;
    }
  };
  return decode(a) === decode(b);
}
