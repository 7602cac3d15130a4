import { choseongOf, compact, editDistance, fromQwerty, isChoseongOnly, normalizeQuery, stripParticle } from './korean.ts';
import { type TermIndex, type TermKind, termKinds } from './term-index.ts';

export interface TermHit {
  target: number;
  kind: TermKind;
  text: string;
  score: number;
}

const kindWeight: Record<TermKind, number> = { title: 1, alias: 0.95, heading: 0.85, question: 0.7 };

interface PreparedTerm {
  text: string;
  kind: TermKind;
  target: number;
  compact: string;
  words: string[];
  choseong: string;
}

/** Precomputes what matching needs once per index (the dialog keeps the result). */
export function prepareTerms(index: TermIndex): PreparedTerm[] {
  return index.terms.map(([text, kind, target]) => ({
    text,
    kind: termKinds[kind]!,
    target,
    compact: compact(text),
    words: normalizeQuery(text)
      .split(/[\s/()·,]+/)
      .filter(Boolean)
      .map(compact),
    choseong: choseongOf(text),
  }));
}

/** The reader's words with attached particles removed: `카프카에서 파티션을` → [`카프카`, `파티션`]. */
export function queryWords(query: string): string[] {
  return normalizeQuery(query).split(' ').filter(Boolean).map(stripParticle);
}

/**
 * Scores every term against the query: exact, prefix, infix (`밸런싱` in `로드밸런싱`), spacing-blind
 * (`분산락` = `분산 락`), every-word, choseong (`ㅋㅂㄴㅌㅅ`). Typos and English-mode keyboard input
 * (`zkvmzk` → 카프카) are tried only when nothing matched. Returns the best hit per target.
 */
export function matchTerms(query: string, terms: PreparedTerm[]): TermHit[] {
  const direct = scoreAll(query, terms, false);
  if (direct.length > 0) return direct;
  const converted = fromQwerty(query.trim());
  if (converted) {
    const viaKeyboard = scoreAll(converted, terms, false);
    if (viaKeyboard.length > 0) return viaKeyboard;
  }
  const withTypos = scoreAll(query, terms, true);
  return withTypos.length > 0 || !converted ? withTypos : scoreAll(converted, terms, true);
}

function scoreAll(query: string, terms: PreparedTerm[], tolerateTypos: boolean): TermHit[] {
  const words = queryWords(query);
  const whole = words.join('');
  if (!whole) return [];
  const choseongQuery = isChoseongOnly(query) ? query.replace(/\s+/g, '') : undefined;
  const best = new Map<number, TermHit>();
  for (const term of terms) {
    const score = scoreTerm(term, whole, words, choseongQuery, tolerateTypos) * kindWeight[term.kind];
    if (score <= 0) continue;
    const previous = best.get(term.target);
    if (!previous || score > previous.score) best.set(term.target, { target: term.target, kind: term.kind, text: term.text, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

function scoreTerm(term: PreparedTerm, whole: string, words: string[], choseongQuery: string | undefined, tolerateTypos: boolean): number {
  if (choseongQuery) {
    if (choseongQuery.length < 2) return 0;
    if (term.choseong === choseongQuery) return 90;
    if (term.choseong.startsWith(choseongQuery)) return 70;
    return term.choseong.includes(choseongQuery) ? 50 : 0;
  }
  if (term.compact === whole) return 100;
  if (term.words.includes(whole)) return 85;
  if (term.compact.startsWith(whole) && whole.length >= 2) return 70;
  if (whole.length >= 2 && term.words.some((word) => word.startsWith(whole))) return 65;
  if (whole.length >= 2 && term.compact.includes(whole)) return 55;
  if (words.length > 1 && words.every((word) => term.compact.includes(word))) return 50;
  if (tolerateTypos && whole.length >= 3) {
    const limit = whole.length >= 6 ? 2 : 1;
    const candidates = [term.compact, ...term.words];
    if (candidates.some((candidate) => editDistance(whole, candidate, limit) <= limit)) return 35;
  }
  return 0;
}
