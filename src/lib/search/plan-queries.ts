import { fromQwerty, mayBeUnfinished, normalizeQuery } from './korean.ts';
import type { TermHit } from './match-terms.ts';
import { queryWords } from './match-terms.ts';
import type { TermTarget } from './term-index.ts';
import { compact } from './text.ts';

const hangulOnly = /^[\uac00-\ud7a3]+$/;

/**
 * The full-text queries to send to Pagefind for one reader query, at most `limit`:
 * particles removed; spaced and unspaced forms (`로드밸런싱` ↔ `로드 밸런싱`, split only where both halves
 * are known words); the known compound a word is the tail of (`밸런싱` → `로드밸런싱`); the English name
 * behind a Korean alias (`카프카` → `kafka`); and Hangul typed in English mode (`zkvmzk` → `카프카`).
 */
export function planPagefindQueries(query: string, vocabulary: Set<string>, hits: TermHit[], targets: TermTarget[], synonyms: Map<string, string[]> = new Map(), limit = 5): string[] {
  const typed = queryWords(query);
  const words = withoutUnfinished(typed, hits);
  const plans = new Set<string>();
  if (words.length > 0) plans.add(words.join(' '));
  for (const plan of throughDictionary(typed, synonyms)) plans.add(plan);
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

const bareJamo = /[\u3131-\u3163]+$/;

/**
 * Pagefind matches word starts, so a half-typed last syllable is sent as the syllables before it:
 * `도커파ㅇ` → `도커파`; an open last syllable (`로드밸러`) only when no name matched it completely.
 */
function withoutUnfinished(words: string[], hits: TermHit[]): string[] {
  const last = words.at(-1);
  if (!last || !mayBeUnfinished(last)) return words;
  const settled = bareJamo.test(last) ? last.replace(bareJamo, '') : hits.some((hit) => hit.score >= 66) || last.length < 3 ? last : last.slice(0, -1);
  return settled ? [...words.slice(0, -1), settled] : words.slice(0, -1);
}

/**
 * The query with a run of words replaced by its other spelling from the loanword dictionary, one plan per
 * script: `서킷 브레이커` → `circuit breaker`, `아이템포턴트` → `멱등성`. The notes' own spelling is what the
 * body text holds. At most two plans (each one is a Pagefind query).
 */
function throughDictionary(words: string[], synonyms: Map<string, string[]>): string[] {
  if (synonyms.size === 0) return [];
  const plans: string[] = [];
  for (let length = Math.min(3, words.length); length >= 1 && plans.length === 0; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const run = compact(words.slice(start, start + length).join(''));
      const others = synonyms.get(run) ?? [];
      const isLatin = /[a-z]/.test(run);
      // The first name of the other script, then one of the same script (`아이템포턴트` → `멱등성` and `idempotency`).
      for (const other of [others.find((name) => /[a-z]/.test(name) !== isLatin), others.find((name) => /[a-z]/.test(name) === isLatin)]) {
        if (other && plans.length < 2) plans.push([...words.slice(0, start), other, ...words.slice(start + length)].join(' '));
      }
    }
  }
  return plans;
}
