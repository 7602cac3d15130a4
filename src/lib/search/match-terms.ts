import { choseongOf, compact, editDistance, fromQwerty, isChoseongOnly, jamoOf, mayBeUnfinished, normalizeQuery, stripParticle } from './korean.ts';
import { type TermIndex, type TermKind, termKinds } from './term-index.ts';
import { candidateTerms, termsAt } from './term-lookup.ts';

export interface TermHit {
  target: number;
  kind: TermKind;
  text: string;
  score: number;
}

export const kindWeight: Record<TermKind, number> = { title: 1, alias: 0.95, heading: 0.85, question: 0.7 };

export interface PreparedTerm {
  text: string;
  kind: TermKind;
  target: number;
  compact: string;
  words: string[];
  /** Both halves of a `한국어 (English)` name, compact: `파티션 (Partition)` is named by either alone. */
  parts: string[];
  /** Initial consonants (`ㅋㅂㄴㅌㅅ`), made on the first choseong query only: at 3,000 notes, making them for every name held up the first search. */
  choseong?: string;
  /** Jamo of `compact`, its `words` and whole names, made on the first half-typed query only (most queries never need them). */
  jamo?: { compact: string; words: string[]; names: string[] };
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
    parts: namedParts(text),
  }));
}

function namedParts(text: string): string[] {
  const match = /^(.+?)\s*\(([^)]+)\)\s*$/.exec(text);
  return match ? [compact(match[1]!), compact(match[2]!)] : [];
}

let lastTyped = { text: '', jamo: '' };
/** The query's jamo, kept for the next term: one query is scored against every term in a row. */
function typedJamo(text: string): string {
  if (lastTyped.text !== text) lastTyped = { text, jamo: jamoOf(text) };
  return lastTyped.jamo;
}

function jamoForms(term: PreparedTerm): NonNullable<PreparedTerm['jamo']> {
  term.jamo ??= { compact: jamoOf(term.compact), words: term.words.map(jamoOf), names: [term.compact, ...term.parts].map(jamoOf) };
  return term.jamo;
}

/**
 * How well one term names `text` (compact, one or more of the reader's words): exact or one half of a
 * `한국어 (English)` name 100, one of its words 85, its start 70, a word's start 65, inside it 55 (two
 * characters at least). When the reader may still be typing (`unfinished`), a text that is a jamo prefix
 * (`로드밸ㄹ`, `로드밸러` → `로드밸런싱`) scores 68 (the name but its last letters), 60/58 (the start of a name or
 * of a word) or 45 inside: below every complete match.
 */
export function scoreText(term: PreparedTerm, text: string, unfinished = false): number {
  if (term.compact === text || term.parts.includes(text)) return 100;
  if (term.words.includes(text)) return 85;
  if (text.length >= 2) {
    if (term.compact.startsWith(text)) return 70;
    if (term.words.some((word) => word.startsWith(text))) return 65;
    if (term.compact.includes(text)) return 55;
  }
  if (unfinished && text.length >= 2) {
    const typed = typedJamo(text);
    const forms = jamoForms(term);
    // Only the last syllable or so is missing (`쿠버네티ㅅ` → `쿠버네티스`, not `쿠버네티스 오브젝트`).
    if (forms.names.some((name) => name.startsWith(typed) && name.length - typed.length <= 3)) return 68;
    if (forms.compact.startsWith(typed)) return 60;
    if (forms.words.some((word) => word.startsWith(typed))) return 58;
    if (text.length >= 3 && forms.compact.includes(typed)) return 45;
  }
  return 0;
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
  const direct = scoreAll(query, terms);
  if (direct.length > 0) return direct;
  const converted = fromQwerty(query.trim());
  if (converted) {
    const viaKeyboard = scoreAll(converted, terms);
    if (viaKeyboard.length > 0) return viaKeyboard;
  }
  const withTypos = scoreTypos(query, terms);
  return withTypos.length > 0 || !converted ? withTypos : scoreTypos(converted, terms);
}

/**
 * Names within a few typos of the query, for a query that matched nothing as typed: every term is compared
 * (no character need be shared), so this pass does only the edit distance, nothing the first pass did.
 */
function scoreTypos(query: string, terms: PreparedTerm[]): TermHit[] {
  const whole = queryWords(query).join('');
  const limit = typoLimit(whole.length);
  if (!whole || limit === 0 || isChoseongOnly(query)) return [];
  return collect(terms, undefined, (term) => {
    if (editDistance(whole, term.compact, limit) <= limit) return 35;
    for (const word of term.words) if (editDistance(whole, word, limit) <= limit) return 35;
    return 0;
  });
}

function scoreAll(query: string, terms: PreparedTerm[]): TermHit[] {
  const words = queryWords(query);
  const whole = words.join('');
  if (!whole) return [];
  const choseongQuery = isChoseongOnly(query) ? query.replace(/\s+/g, '') : undefined;
  // Only terms that have the characters can match them; choseong is compared with every term.
  const mayMatch = choseongQuery ? undefined : candidateTerms(terms, [{ text: whole, unfinished: false }]);
  const complete = collect(terms, mayMatch, (term) => scoreTerm(term, whole, words, choseongQuery));
  // A syllable still being typed: a bare last jamo can only be a prefix; an open last syllable (`로드밸러`)
  // is tried as one only when no complete match of 70 or more exists (`레디스` must not bring `레디슨`).
  const lastWord = words.at(-1)!;
  if (choseongQuery || !mayBeUnfinished(lastWord)) return complete;
  if (/[\uac00-\ud7a3]$/.test(lastWord) && complete.some((hit) => hit.score >= 70 * kindWeight[hit.kind])) return complete;
  const partial = collect(terms, candidateTerms(terms, [{ text: whole, unfinished: true }]), (term) => scoreText(term, whole, true));
  const best = new Map(partial.map((hit) => [hit.target, hit]));
  for (const hit of complete) if (hit.score >= (best.get(hit.target)?.score ?? 0)) best.set(hit.target, hit);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The best hit per target, best first, scored by `score` and weighted by the term's kind; only `positions` (ascending) when given. */
function collect(terms: PreparedTerm[], positions: readonly number[] | undefined, score: (term: PreparedTerm) => number): TermHit[] {
  const best = new Map<number, TermHit>();
  for (const term of termsAt(terms, positions)) {
    const value = score(term) * kindWeight[term.kind];
    if (value <= 0) continue;
    const previous = best.get(term.target);
    if (!previous || value > previous.score) best.set(term.target, { target: term.target, kind: term.kind, text: term.text, score: value });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Typos are forgiven in proportion to length: one edit in five characters, two from ten (`kafak`,
 * `Kubernates`, `쿠버네테스`). Shorter words are not: one edit turns a four-letter word into another
 * word (`node` → `mode`, `lock` → `look`), and a weak fuzzy match is worse than the honest empty state.
 */
function typoLimit(length: number): number {
  return Math.floor(length / 5);
}

function scoreTerm(term: PreparedTerm, whole: string, words: string[], choseongQuery: string | undefined): number {
  if (choseongQuery) {
    if (choseongQuery.length < 2) return 0;
    term.choseong ??= choseongOf(term.text);
    if (term.choseong === choseongQuery) return 90;
    if (term.choseong.startsWith(choseongQuery)) return 70;
    return term.choseong.includes(choseongQuery) ? 50 : 0;
  }
  const direct = scoreText(term, whole);
  if (direct > 0) return direct;
  return words.length > 1 && words.every((word) => term.compact.includes(word)) ? 50 : 0;
}
