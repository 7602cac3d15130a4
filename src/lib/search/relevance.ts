import type { FullTextResult } from './results.ts';
import { type TermIndex, termKinds } from './term-index.ts';
import { compact, normalizeQuery } from './text.ts';

/**
 * Whether a Pagefind result really answers the query. Pagefind matches word prefixes, so a query that
 * is in no note (`idempotent`) still comes back with pages that merely contain `ID`. A result counts
 * only when, for one of the full-text queries we sent (`plans`: particles removed, spacing variants,
 * the English name…), every word of that query is covered by a highlighted word of the result's
 * excerpts: the highlight contains the word (`파티션을` covers `파티션`), or the word starts with the
 * highlight and the highlight is at least 60% of it and 2 characters long (`차단` covers `차단기`,
 * `id` does not cover `idempotent`).
 */
export function isRealMatch(result: FullTextResult, plans: string[]): boolean {
  const marked = [result.excerpt, ...result.sub_results.map((sub) => sub.excerpt)]
    .flatMap((excerpt) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => compact(match[1]!.replace(/<[^>]*>/g, ''))))
    .filter(Boolean);
  const covers = (word: string) => marked.some((mark) => mark.includes(word) || (word.startsWith(mark) && mark.length >= 2 && mark.length >= Math.ceil(word.length * 0.6)));
  return plans.some((plan) => {
    // A word joined by symbols (`acks=all`, `min.insync.replicas`) is matched by Pagefind through its first part,
    // and the excerpt window may show that part without the rest (`acks=0 … acks=1` above the table row with
    // `acks=all`): the word counts as covered when its first part is. Words apart (`회로 차단기`) each must be.
    const words = normalizeQuery(plan)
      .split(' ')
      .map((word) =>
        word
          .split(/[^\p{L}\p{N}]+/u)
          .map(compact)
          .filter(Boolean),
      )
      .filter((parts) => parts.length > 0);
    return words.length > 0 && words.every((parts) => covers(parts[0]!));
  });
}

/** Hangul syllables count alone (one syllable carries meaning); every text also counts by character pairs. */
function grams(text: string): string[] {
  const letters = compact(text);
  const result: string[] = [];
  for (let index = 0; index < letters.length; index++) {
    if (/[\uac00-\ud7a3]/.test(letters[index]!)) result.push(letters[index]!);
    if (index + 1 < letters.length) result.push(letters.slice(index, index + 2));
  }
  return result;
}

/**
 * Each text's grams, counted, kept between calls: `closestTopics` compares the query with every topic
 * name, and at 3,000 notes recounting the names' grams on every keystroke was most of the search's time.
 * Cleared when full (a long session's queries), which only costs a recount.
 */
const gramCounts = new Map<string, { counts: Map<string, number>; total: number }>();

function countedGrams(text: string): { counts: Map<string, number>; total: number } {
  let counted = gramCounts.get(text);
  if (!counted) {
    const counts = new Map<string, number>();
    const all = grams(text);
    for (const gram of all) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    counted = { counts, total: all.length };
    if (gramCounts.size >= 50_000) gramCounts.clear();
    gramCounts.set(text, counted);
  }
  return counted;
}

/** A topic name and, for `한국어 (English)`, each half: kept between calls like the grams. */
const nameParts = new Map<string, string[]>();

function namesIn(text: string): string[] {
  let names = nameParts.get(text);
  if (!names) {
    names = [text, ...text.split(/[()]/)].filter((name) => compact(name).length > 0);
    if (nameParts.size >= 50_000) nameParts.clear();
    nameParts.set(text, names);
  }
  return names;
}

/** The titles and aliases of pages (not sections), in index order, and which of them have each gram: once per index. */
const namesByIndex = new WeakMap<TermIndex, { names: Array<{ text: string; target: number }>; namesWithGram: Map<string, number[]> }>();

function topicNames(index: TermIndex) {
  let found = namesByIndex.get(index);
  if (!found) {
    const names: Array<{ text: string; target: number }> = [];
    const namesWithGram = new Map<string, number[]>();
    for (const [text, kind, target] of index.terms) {
      const kindName = termKinds[kind];
      if ((kindName !== 'title' && kindName !== 'alias') || index.targets[target]!.section) continue;
      const position = names.push({ text, target }) - 1;
      const grams = new Set(namesIn(text).flatMap((name) => [...countedGrams(name).counts.keys()]));
      for (const gram of grams) {
        const list = namesWithGram.get(gram);
        if (list) list.push(position);
        else namesWithGram.set(gram, [position]);
      }
    }
    found = { names, namesWithGram };
    namesByIndex.set(index, found);
  }
  return found;
}

/** Dice coefficient of the two texts' grams (0 = nothing shared, 1 = the same grams). */
export function similarity(a: string, b: string): number {
  const left = countedGrams(a);
  const right = countedGrams(b);
  if (left.total === 0 || right.total === 0) return 0;
  // Grams both have, each as often as the text that has it fewer times.
  let shared = 0;
  for (const [gram, count] of left.counts) shared += Math.min(count, right.counts.get(gram) ?? 0);
  return (2 * shared) / (left.total + right.total);
}

export interface TopicSuggestion {
  url: string;
  title: string;
}

/**
 * The topics nearest to a query that found nothing, for "이런 주제는 어떤가요?": each topic scored by its
 * closest name (title, the Korean and English halves of a `한국어 (English)` title, aliases) to the query
 * or to any of its words; topics sharing nothing are left out, so an unrelated query gets no suggestions.
 */
export function closestTopics(query: string, index: TermIndex, limit = 3): TopicSuggestion[] {
  const pieces = [query, ...normalizeQuery(query).split(' ')].filter((piece) => compact(piece).length > 0);
  const { names, namesWithGram } = topicNames(index);
  // Only names sharing a gram with the query can score above 0: the rest are not looked at (at 3,000
  // notes, scoring every name made the empty state cost hundreds of milliseconds a keystroke).
  const candidates = new Set<number>();
  for (const piece of pieces) {
    for (const gram of countedGrams(piece).counts.keys()) for (const position of namesWithGram.get(gram) ?? []) candidates.add(position);
  }
  const best = new Map<number, number>();
  for (const position of [...candidates].sort((a, b) => a - b)) {
    const { text, target } = names[position]!;
    const score = Math.max(...namesIn(text).flatMap((name) => pieces.map((piece) => similarity(piece, name))));
    if (score > (best.get(target) ?? 0)) best.set(target, score);
  }
  return (
    [...best]
      // Below about a third, what is shared is a stray letter pair (`nt`, `te`), not a resemblance.
      .filter(([, score]) => score >= 0.34)
      .sort((a, b) => b[1] - a[1] || index.targets[a[0]]!.url.localeCompare(index.targets[b[0]]!.url))
      .slice(0, limit)
      .map(([target]) => ({ url: index.targets[target]!.url, title: index.targets[target]!.title }))
  );
}
