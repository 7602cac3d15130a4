import { categories } from '../../lib/categories.ts';
import { coverQuery, mergeHits, synonymsOf } from '../../lib/search/cover.ts';
import { matchTerms, prepareTerms, queryWords } from '../../lib/search/match-terms.ts';
import { memoizeAsync, once } from '../../lib/search/memo.ts';
import { planPagefindQueries } from '../../lib/search/plan-queries.ts';
import { closestTopics, isRealMatch, type TopicSuggestion } from '../../lib/search/relevance.ts';
import { type FullTextResult, mergeResults, type SearchResult } from '../../lib/search/results.ts';
import { type TermIndex, type TermIndexFile, unpackTermIndex } from '../../lib/search/term-index.ts';

export interface SearchAnswer {
  results: SearchResult[];
  /** Filled only when nothing really matched: the nearest topics by name. */
  suggestions: TopicSuggestion[];
}

interface FullTextAnswer {
  results: Array<{ id: string; score: number; data(): Promise<FullTextResult> }>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<FullTextAnswer>;
}

/**
 * Pagefind's answers, each Pagefind query asked once and each result's data read once per session.
 * Consecutive keystrokes plan the same queries again (`카프카`, `카프카에`, `카프카에서` all ask `카프카`);
 * a remembered answer costs nothing. Pagefind reuses one object per page for `data()` and rewrites its
 * excerpt on every call, so what is kept is a copy of the fields the results read.
 */
function rememberedSearch(pagefind: Pagefind): (query: string) => Promise<FullTextAnswer> {
  return memoizeAsync(async (query) => {
    const answer = await pagefind.search(query);
    return {
      results: answer.results.map((result) => ({
        id: result.id,
        score: result.score,
        data: once(async () => {
          const { url, excerpt, meta, sub_results } = await result.data();
          return { url, excerpt, meta, sub_results };
        }),
      })),
    };
  }, 300);
}

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const withBase = (url: string) => base + url.replace(/^\//, '');
const categoryName = (slug: string) => categories.find((category) => category.slug === slug)?.name ?? slug;

/**
 * The Korean search engine: the term index (names, aliases, headings) and Pagefind (body text), both
 * loaded on first use only. `search()` is safe to call on every keystroke; callers drop stale answers.
 */
export class SearchEngine {
  private ready?: Promise<{ pagefind: Pick<Pagefind, 'search'>; terms: ReturnType<typeof prepareTerms>; index: TermIndex; vocabulary: Set<string> }>;

  load() {
    this.ready ??= (async () => {
      const [pagefind, index] = await Promise.all([
        import(/* @vite-ignore */ withBase('/pagefind/pagefind.js')) as Promise<Pagefind>,
        fetch(withBase('/search-terms.json')).then(async (response) => {
          if (!response.ok) throw new Error(`search-terms.json: ${response.status}`);
          return unpackTermIndex((await response.json()) as TermIndexFile);
        }),
      ]);
      // On the page's own thread: in Pagefind's worker every keystroke copied whole pages' text across
      // (its data() answers carry each page's full content), which cost more than the search itself.
      await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
      await pagefind.init();
      const terms = prepareTerms(index);
      const vocabulary = new Set(terms.flatMap((term) => term.words).filter((word) => word.length >= 2));
      return { pagefind: { search: rememberedSearch(pagefind) }, terms, index, vocabulary };
    })();
    return this.ready;
  }

  async search(query: string): Promise<SearchAnswer> {
    const { pagefind, terms, index, vocabulary } = await this.load();
    const words = queryWords(query);
    if (words.length === 0) return { results: [], suggestions: [] };
    const cover = coverQuery(query, terms, index);
    const hits = mergeHits(matchTerms(query, terms), cover.hits);
    const plans = planPagefindQueries(query, vocabulary, hits, index.targets, synonymsOf(index));
    const answers = await Promise.all(plans.map((plan) => pagefind.search(plan)));
    // One list from all plans, best Pagefind score first, each page once.
    const seen = new Set<string>();
    const ranked = answers
      .flatMap((answer) => answer.results)
      .sort((a, b) => b.score - a.score)
      .filter((result) => {
        const key = (result as unknown as { id: string }).id;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, 10);
    const found = await Promise.all(ranked.map((result) => result.data()));
    // Nothing really matches when no name, alias or heading does and Pagefind found only partial words
    // (see isRealMatch): say so and offer the nearest topics instead of unrelated pages. When some
    // Pagefind results do match, the partial ones (`회로` alone for `회로 차단기`) are dropped.
    // A page whose names cover every word counts even when the excerpt window shows only some of them.
    const namedPages = new Set(cover.hits.map((hit) => withBase(index.targets[hit.target]!.url)));
    const real = found.filter((result) => isRealMatch(result, plans) || namedPages.has(result.url.replace(/#.*$/, '')));
    if (hits.length === 0 && real.length === 0) {
      return { results: [], suggestions: closestTopics(query, index).map((topic) => ({ ...topic, url: withBase(topic.url) })) };
    }
    const fullText = real.length > 0 ? real : found;
    // A page whose names cover some of the words and whose text has all of them (`Docker` + `이미지 빌드`) ranks by both.
    const realPages = new Set(real.map((result) => result.url.replace(/#.*$/, '')));
    const named = mergeHits(
      hits,
      cover.partial((url) => realPages.has(withBase(url))),
    );
    return { results: mergeResults({ hits: named.slice(0, 10), targets: index.targets, fullText, words, withBase, categoryName }).slice(0, 10), suggestions: [] };
  }
}
