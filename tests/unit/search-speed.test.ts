// The search's faster paths must answer exactly what the plain definitions answer: each is compared with
// a straightforward reference over many generated words (a fixed seed, so a failure can be replayed).
import { describe, expect, it } from 'vitest';
import { editDistance, jamoOf } from '../../src/lib/search/korean.ts';
import { prepareTerms, scoreText } from '../../src/lib/search/match-terms.ts';
import { closestTopics, similarity } from '../../src/lib/search/relevance.ts';
import { buildTermIndex, termKinds } from '../../src/lib/search/term-index.ts';
import { candidateTerms, requiredCharacters } from '../../src/lib/search/term-lookup.ts';
import { compact, normalizeQuery } from '../../src/lib/search/text.ts';

function randomWords(count: number, seed: number): string[] {
  const letters = ['a', 'b', 'k', 'f', '카', '프', '레', '디', '스', '락', ' ', '-'];
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 9) }, () => letters[Math.floor(next() * letters.length)]).join(''));
}

/** Damerau–Levenshtein (adjacent swaps), full table, no early stop. */
function referenceDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i]![j] = Math.min(table[i - 1]![j]! + 1, table[i]![j - 1]! + 1, table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) table[i]![j] = Math.min(table[i]![j]!, table[i - 2]![j - 2]! + 1);
    }
  }
  return table[a.length]![b.length]!;
}

/** editDistance as it was before its rows were reused: the same early stop, so the same value above the limit too. */
function tableDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
    }
    if (Math.min(...row) > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** Dice coefficient over Hangul syllables and character pairs, counted as a multiset. */
function referenceSimilarity(a: string, b: string): number {
  const grams = (text: string) => {
    const letters = compact(text);
    return [...letters].flatMap((letter, index) => [...(/[\uac00-\ud7a3]/.test(letter) ? [letter] : []), ...(index + 1 < letters.length ? [letters.slice(index, index + 2)] : [])]);
  };
  const left = grams(a);
  const right = grams(b);
  if (left.length === 0 || right.length === 0) return 0;
  let shared = 0;
  const pool = [...right];
  for (const gram of left) {
    const at = pool.indexOf(gram);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

describe('search speed paths answer as the definitions do', () => {
  const words = randomWords(100, 7);

  it('editDistance with reused rows: the full table distance within the limit, above it otherwise', () => {
    for (const limit of [0, 1, 2]) {
      for (const a of words) {
        for (const b of words.slice(0, 30)) {
          const distance = editDistance(a, b, limit);
          expect(distance, `${a} / ${b} / ${limit}`).toBe(tableDistance(a, b, limit));
          const reference = referenceDistance(a, b);
          if (reference <= limit) expect(distance, `${a} / ${b} / ${limit}`).toBe(reference);
          else expect(distance, `${a} / ${b} / ${limit}`).toBeGreaterThan(limit);
        }
      }
    }
    // A longer word after short ones (the rows grow) and short ones after it.
    expect(editDistance('kubernetes-operator-pattern-x', 'kubernetes-operator-patern-x', 2)).toBe(1);
    expect(editDistance('kafak', 'kafka')).toBe(1);
  });

  it('similarity with counted grams kept between calls equals the multiset Dice coefficient', () => {
    for (const a of words.slice(0, 60)) {
      for (const b of words) {
        expect(similarity(a, b), `${a} / ${b}`).toBeCloseTo(referenceSimilarity(a, b), 12);
        expect(similarity(b, a), `${b} / ${a}`).toBeCloseTo(referenceSimilarity(b, a), 12);
      }
    }
  });

  it('closestTopics, scoring only names that share a gram with the query, suggests what scoring every name does', () => {
    const names = randomWords(120, 11).filter((word) => compact(word).length > 0);
    const index = buildTermIndex(
      names.map((name, position) => ({
        url: `/topic-${position}/`,
        title: position % 3 === 0 ? `${name} (${names[(position + 1) % names.length]})` : name,
        category: 'data',
        description: '',
        aliases: position % 4 === 0 ? [names[(position + 7) % names.length]!] : [],
        headings: [{ depth: 2, slug: `h-${position}`, text: name }],
        questions: [],
      })),
    );
    const everyName = (query: string) => {
      const pieces = [query, ...normalizeQuery(query).split(' ')].filter((piece) => compact(piece).length > 0);
      const best = new Map<number, number>();
      for (const [text, kind, target] of index.terms) {
        if ((termKinds[kind] !== 'title' && termKinds[kind] !== 'alias') || index.targets[target]!.section) continue;
        const parts = [text, ...text.split(/[()]/)].filter((name) => compact(name).length > 0);
        const score = Math.max(...parts.flatMap((name) => pieces.map((piece) => referenceSimilarity(piece, name))));
        if (score > (best.get(target) ?? 0)) best.set(target, score);
      }
      return [...best]
        .filter(([, score]) => score >= 0.34)
        .sort((a, b) => b[1] - a[1] || index.targets[a[0]]!.url.localeCompare(index.targets[b[0]]!.url))
        .slice(0, 3)
        .map(([target]) => ({ url: index.targets[target]!.url, title: index.targets[target]!.title }));
    };
    let suggested = 0;
    for (const query of randomWords(120, 23)) {
      const expected = everyName(query);
      suggested += expected.length;
      expect(closestTopics(query, index), query).toEqual(expected);
    }
    expect(suggested).toBeGreaterThan(30); // the queries do resemble names: the comparison is not vacuous
  });

  it('candidateTerms never leaves out a term that scoreText would match, complete or half-typed', () => {
    // Names and texts from a small alphabet of syllables, their jamo-extended forms (밸/밸런, 프/픈) and bare
    // jamo, so that prefixes, infixes and half-typed syllables all occur many times.
    const letters = ['카', '프', '픈', '밸', '런', '러', '로', '드', '디', '딕', '스', 'k', 'a', ' ', '-', '(', ')'];
    const tails = ['ㄹ', 'ㄱ', 'ㅅ', 'ㄴ', ''];
    let state = 5;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
    const word = (length: number) => Array.from({ length }, () => pick(letters)).join('');
    const names = Array.from({ length: 300 }, () => word(1 + Math.floor(next() * 7)));
    const terms = prepareTerms(
      buildTermIndex(
        names.map((name, position) => ({
          url: `/t-${position}/`,
          title: position % 5 === 0 ? `${name} (${word(3)})` : name,
          category: 'data',
          description: '',
          aliases: [],
          headings: [],
          questions: [],
        })),
      ),
    );
    let matched = 0;
    for (let round = 0; round < 400; round++) {
      const text = compact(word(1 + Math.floor(next() * 3)) + pick(tails));
      if (!text) continue;
      for (const unfinished of [false, true]) {
        const candidates = new Set(candidateTerms(terms, [{ text, unfinished }]) ?? terms.map((_, position) => position));
        terms.forEach((term, position) => {
          if (scoreText(term, text, unfinished) <= 0) return;
          matched++;
          expect(candidates.has(position), `${text} (${unfinished ? 'half-typed' : 'complete'}) → ${term.text}`).toBe(true);
        });
      }
    }
    expect(matched).toBeGreaterThan(500); // the texts do match names: the check is not vacuous
    // The jamo rule: `로드밸ㄹ` needs 로 and 드 (밸 may become 밸런's 밸 or 밴…), `디ㄱ스ㄹ` only what no jamo follows.
    expect(requiredCharacters('로드밸ㄹ', true)).toEqual(['로', '드']);
    expect(requiredCharacters('디ㄱ스ㄹ', true)).toEqual([]);
    expect(jamoOf('딕스')).toContain(jamoOf('디ㄱ스'));
    expect(requiredCharacters('로드밸', false)).toEqual(['로', '드', '밸']);
  });
});
