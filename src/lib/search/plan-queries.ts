import { fromQwerty, normalizeQuery } from './korean.ts';
import type { TermHit } from './match-terms.ts';
import { queryWords } from './match-terms.ts';
import type { TermTarget } from './term-index.ts';

const hangulOnly = /^[\uac00-\ud7a3]+$/;

/**
 * The full-text queries to send to Pagefind for one reader query, at most `limit`:
 * particles removed; spaced and unspaced forms (`로드밸런싱` ↔ `로드 밸런싱`, split only where both halves
 * are known words); the known compound a word is the tail of (`밸런싱` → `로드밸런싱`); the English name
 * behind a Korean alias (`카프카` → `kafka`); and Hangul typed in English mode (`zkvmzk` → `카프카`).
 */
export function planPagefindQueries(query: string, vocabulary: Set<string>, hits: TermHit[], targets: TermTarget[], limit = 5): string[] {
  const words = queryWords(query);
  const plans = new Set<string>();
  if (words.length > 0) plans.add(words.join(' '));
  if (words.length > 1) plans.add(words.join(''));
  words.forEach((word, position) => {
    const replace = (replacement: string) => plans.add([...words.slice(0, position), replacement, ...words.slice(position + 1)].join(' '));
    if (hangulOnly.test(word) && word.length >= 3) {
      for (let cut = 1; cut < word.length; cut++) {
        const head = word.slice(0, cut);
        const tail = word.slice(cut);
        if (vocabulary.has(head) && vocabulary.has(tail)) replace(`${head} ${tail}`);
      }
    }
    if (word.length >= 2) {
      for (const known of vocabulary) if (known !== word && known.endsWith(word) && known.length <= word.length + 6) replace(known);
    }
  });
  const top = hits[0];
  if (top && top.score >= 60 && (top.kind === 'alias' || top.kind === 'title')) {
    // Only the English name in a `한국어 (English)` title: a whole Korean title would flood the excerpt.
    const english = /\(([^)]+)\)\s*$/.exec(targets[top.target]!.title)?.[1];
    if (english) plans.add(normalizeQuery(english));
  }
  const converted = fromQwerty(query.trim());
  if (converted) plans.add(converted);
  return [...plans].slice(0, limit);
}
