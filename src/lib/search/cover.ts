import { isChoseongOnly, mayBeUnfinished } from './korean.ts';
import { kindWeight, type PreparedTerm, queryWords, scoreText, type TermHit } from './match-terms.ts';
import type { TermIndex } from './term-index.ts';
import { candidateTerms, termLookup, termsAt } from './term-lookup.ts';
import { compact, normalizeQuery } from './text.ts';

/**
 * Word-by-word matching for queries that combine names: `레디스 센티넬` (a page and one of its headings),
 * `k8s 디플로이먼트` (an alias and an object name), `서킷 브레이커` (a Korean spelling of a term the notes
 * write in English). Each run of up to three of the reader's words is matched on its own, through the
 * loanword dictionary too, and a page or section counts when its names cover every word.
 */

/** Runs of this many words at most are matched as one name (`읽기 전용 복제본`). */
const longestRun = 3;
/** Words past this many are ignored here (the whole query still goes to Pagefind). */
const mostWords = 8;
/** A name found through the dictionary scores a little below the same name written as in the notes. */
const synonymWeight = 0.95;
/** A section counts as named when its own names match some words at least this well (a word's start, or a half-typed syllable's jamo). */
const namesSection = 58;
/** A name, one half of a `한국어 (English)` name, or one word of a name: the reader wrote that word whole. */
const exactName = 85 * synonymWeight;
/** What a page gains when every word is such a name of it (see coverQuery). */
const namedBonus = 25;

export interface CoverResult {
  /** Pages and sections whose names cover every word: a section's hit ranks it first among its page's sections. */
  hits: TermHit[];
  /**
   * Pages whose names cover only some words, with their score: they count once the body text has the rest, so
   * only those among `pages` (the full-text results) are scored. A common word (`방식` in a heading of every
   * note) names thousands of pages partly; scoring them all on every keystroke was wasted.
   */
  partial(pages: (url: string) => boolean): TermHit[];
}

const pagePositions = new WeakMap<TermIndex, Map<string, number>>();

/** Each page's URL → its page target (not a section's): once per index. */
function pageTargets(index: TermIndex): Map<string, number> {
  let map = pagePositions.get(index);
  if (!map) {
    map = new Map();
    for (const [position, target] of index.targets.entries()) if (!target.section && !map.has(target.url)) map.set(target.url, position);
    pagePositions.set(index, map);
  }
  return map;
}

const dictionaries = new WeakMap<TermIndex, Map<string, string[]>>();

/**
 * Compact name → the other names of its glossary entry, lower case with their spaces (`서킷브레이커` →
 * `circuit breaker`, `서킷 브레이커`, `회로 차단기` …; both directions).
 */
export function synonymsOf(index: TermIndex): Map<string, string[]> {
  let map = dictionaries.get(index);
  if (!map) {
    map = new Map();
    for (const group of index.synonyms ?? []) {
      const names = [...new Set(group.map(normalizeQuery).filter(Boolean))];
      for (const name of names) {
        const key = compact(name);
        const others = names.filter((other) => compact(other) !== key);
        map.set(key, [...new Set([...(map.get(key) ?? []), ...others])]);
      }
    }
    dictionaries.set(index, map);
  }
  return map;
}

interface Run {
  start: number;
  end: number;
  text: string;
  synonyms: string[];
  last: boolean;
}

/** The best way to cover the words with runs: total of score × words per run, and how many words it covers. */
function bestCover(runs: Run[], scores: ArrayLike<number>, words: number): { value: number; covered: number } {
  const best = Array.from({ length: words + 1 }, () => ({ value: 0, covered: 0 }));
  for (let end = 1; end <= words; end++) {
    best[end] = { ...best[end - 1]! };
    runs.forEach((run, index) => {
      if (run.end !== end || scores[index]! <= 0) return;
      const before = best[run.start]!;
      const value = before.value + scores[index]! * (run.end - run.start);
      if (value > best[end]!.value) best[end] = { value, covered: before.covered + run.end - run.start };
    });
  }
  return best[words]!;
}

export function coverQuery(query: string, terms: PreparedTerm[], index: TermIndex): CoverResult {
  const words = queryWords(query).map(compact).filter(Boolean).slice(0, mostWords);
  // Choseong alone (`ㅋㅂㄴㅌㅅ`) is matched by matchTerms only; here it would be noise.
  if (words.length === 0 || isChoseongOnly(query)) return { hits: [], partial: () => [] };
  const synonyms = synonymsOf(index);
  const last = words.at(-1)!;
  // As in matchTerms: a bare last jamo is always a prefix; an open last syllable only when nothing matches the
  // last word completely (checked below, after the complete pass).
  const unfinished = mayBeUnfinished(last);
  const bare = unfinished && /[\u3131-\u3163]$/.test(last);
  const runs: Run[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= Math.min(words.length, start + longestRun); end++) {
      const text = words.slice(start, end).join('');
      runs.push({ start, end, text, synonyms: (synonyms.get(text) ?? []).map(compact), last: end === words.length });
    }
  }
  // Per target: the weighted score of each run, and the raw score (how well the name itself matches).
  const weighted = new Map<number, Float64Array>();
  const raw = new Map<number, Float64Array>();
  const score = (term: PreparedTerm, run: Run, jamo: boolean) => {
    let value = scoreText(term, run.text, jamo);
    for (const synonym of run.synonyms) value = Math.max(value, scoreText(term, synonym) * synonymWeight);
    return value;
  };
  const record = (term: PreparedTerm, position: number, score: number) => {
    if (score <= 0) return;
    let rawScores = raw.get(term.target);
    let weightedScores = weighted.get(term.target);
    if (!rawScores || !weightedScores) {
      rawScores = new Float64Array(runs.length);
      weightedScores = new Float64Array(runs.length);
      raw.set(term.target, rawScores);
      weighted.set(term.target, weightedScores);
    }
    rawScores[position] = Math.max(rawScores[position]!, score);
    weightedScores[position] = Math.max(weightedScores[position]!, score * kindWeight[term.kind]);
  };
  // Only terms that have a run's characters (or a synonym's) can match it: the rest are never scored.
  const mayMatch = candidateTerms(
    terms,
    runs.flatMap((run) => [{ text: run.text, unfinished: bare && run.last }, ...run.synonyms.map((synonym) => ({ text: synonym, unfinished: false }))]),
  );
  let lastComplete = 0;
  for (const term of termsAt(terms, mayMatch)) {
    runs.forEach((run, position) => {
      const value = score(term, run, bare && run.last);
      if (run.last && !bare) lastComplete = Math.max(lastComplete, value);
      record(term, position, value);
    });
  }
  if (unfinished && !bare && lastComplete < 70) {
    const lastRuns = runs.filter((run) => run.last).map((run) => ({ text: run.text, unfinished: true }));
    for (const term of termsAt(terms, candidateTerms(terms, lastRuns))) {
      runs.forEach((run, position) => {
        if (run.last) record(term, position, scoreText(term, run.text, true));
      });
    }
  }
  const textOf = termLookup(terms).sectionNames;
  const pageOf = pageTargets(index);
  const sectionsOf = new Map<string, number[]>();
  for (const target of weighted.keys()) {
    const { url, section } = index.targets[target]!;
    if (section) sectionsOf.set(url, [...(sectionsOf.get(url) ?? []), target]);
    else if (!sectionsOf.has(url)) sectionsOf.set(url, []);
  }
  const hits: TermHit[] = [];
  const partly: Array<{ url: string; page: number; all: Float64Array }> = [];
  const none = new Float64Array(runs.length);
  const strong = (position: number, page: number, sections: number[]) => [page, ...sections].some((target) => (raw.get(target)?.[position] ?? 0) >= exactName);
  for (const [url, sections] of sectionsOf) {
    const page = pageOf.get(url);
    if (page === undefined) continue;
    const pageScores = weighted.get(page) ?? none;
    const all = Float64Array.from(pageScores);
    for (const section of sections) {
      weighted.get(section)!.forEach((score, position) => {
        all[position] = Math.max(all[position]!, score);
      });
    }
    // A word no run with a score covers: this page's names cover only some words (scored if asked, below).
    if (!coversEveryWord(runs, all, words.length)) {
      partly.push({ url, page, all });
      continue;
    }
    const whole = bestCover(runs, all, words.length);
    const title = index.targets[page]!.title;
    if (whole.covered < words.length) {
      partly.push({ url, page, all });
      continue;
    }
    // Every word is a name or a word of a name of this page (not just the start of one): it is what the query
    // names, above pages that merely have the words in their text (Pagefind adds up to 40).
    const exact = bestCover(
      runs,
      all.map((score, position) => (strong(position, page, sections) ? score : 0)),
      words.length,
    );
    const bonus = words.length > 1 && exact.covered === words.length ? namedBonus : 0;
    // A page hit only when the page's own names (title, aliases) have some of the words: one named through a
    // section alone (`멱등성`, a glossary term of one section) is that section's result and opens there.
    if (pageScores.some((score) => score > 0)) hits.push({ target: page, kind: 'alias', text: title, score: whole.value / words.length + bonus });
    for (const section of sections) {
      if (!raw.get(section)!.some((score) => score >= namesSection)) continue;
      const own = weighted.get(section)!;
      const withPage = Float64Array.from(pageScores, (score, position) => Math.max(score, own[position]!));
      const cover = bestCover(runs, withPage, words.length);
      if (cover.covered < words.length) continue;
      // Above the page's own cover, so the section the words name comes first among its page's sections; among
      // sections, the one whose own names cover more of the words first (`컨트롤 플레인` before `K8s라고…`).
      const ownShare = bestCover(runs, own, words.length).value / (100 * words.length);
      hits.push({ target: section, kind: 'heading', text: textOf.get(section) ?? title, score: cover.value / words.length + bonus + 1 + ownShare });
    }
  }
  const partial = (pages: (url: string) => boolean) =>
    partly.flatMap(({ url, page, all }) => {
      if (!pages(url)) return [];
      const whole = bestCover(runs, all, words.length);
      return whole.covered > 0 ? [{ target: page, kind: 'alias' as const, text: index.targets[page]!.title, score: whole.value / words.length }] : [];
    });
  return { hits: hits.sort((a, b) => b.score - a.score), partial };
}

/** Whether each word is inside some run that scores: when not, no cover can have every word. */
function coversEveryWord(runs: Run[], scores: ArrayLike<number>, words: number): boolean {
  for (let word = 0; word < words; word++) {
    let covered = false;
    for (let position = 0; position < runs.length && !covered; position++) {
      covered = scores[position]! > 0 && runs[position]!.start <= word && word < runs[position]!.end;
    }
    if (!covered) return false;
  }
  return true;
}

/** Both lists as one, the better hit per target kept, best first. */
export function mergeHits(...lists: TermHit[][]): TermHit[] {
  const best = new Map<number, TermHit>();
  for (const hit of lists.flat()) if (hit.score > (best.get(hit.target)?.score ?? 0)) best.set(hit.target, hit);
  return [...best.values()].sort((a, b) => b.score - a.score);
}
