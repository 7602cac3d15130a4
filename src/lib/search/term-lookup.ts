import type { PreparedTerm } from './match-terms.ts';

/**
 * Which terms can match a text at all, without looking at every term. Every way `scoreText` finds a name
 * (the name, one half of a `한국어 (English)` name, one of its words, its start, inside it) means the name
 * written without spaces contains the text, so it contains each of the text's characters: only the terms
 * listed under the text's rarest character need scoring. At 3,000 notes the index has tens of thousands
 * of names, and scoring each of them for each run of words was most of a keystroke's time.
 *
 * A half-typed last syllable (`로드밸ㄹ`) matches through jamo, where its letters may belong to other
 * syllables of the name (`ㄹ` → `런`); the syllables before the last complete one are whole in the name
 * all the same (in jamo, a consonant followed by a vowel always starts a syllable, so a typed syllable
 * followed by another one lines up with one syllable of the name), and only those are required.
 */
export interface TermLookup {
  /** Positions in `terms`, ascending, of every term whose compact name has all `characters`; undefined: no character is required, all may match. */
  withCharacters(characters: Iterable<string>): readonly number[] | undefined;
  /** The text of the first heading or question term of each target, in index order: how a section is named in results. */
  sectionNames: Map<number, string>;
}

const lookups = new WeakMap<readonly PreparedTerm[], TermLookup>();
const none: readonly number[] = [];

export function termLookup(terms: readonly PreparedTerm[]): TermLookup {
  let lookup = lookups.get(terms);
  if (!lookup) {
    const postings = new Map<string, number[]>();
    const sectionNames = new Map<number, string>();
    terms.forEach((term, position) => {
      for (const character of new Set(term.compact)) {
        const list = postings.get(character);
        if (list) list.push(position);
        else postings.set(character, [position]);
      }
      if ((term.kind === 'heading' || term.kind === 'question') && !sectionNames.has(term.target)) sectionNames.set(term.target, term.text);
    });
    lookup = {
      sectionNames,
      withCharacters(characters) {
        let rarest: readonly number[] | undefined;
        for (const character of characters) {
          const list = postings.get(character) ?? none;
          if (!rarest || list.length < rarest.length) rarest = list;
        }
        return rarest;
      },
    };
    lookups.set(terms, lookup);
  }
  return lookup;
}

const hangulSyllable = /[\uac00-\ud7a3]/;
const compatibilityJamo = /[\u3131-\u318e]/;

/**
 * The characters a term's compact name must contain to match `text` (compact): all of them for a complete
 * match. For a jamo-prefix match (`unfinished`), the characters before the last complete syllable, leaving
 * out bare jamo and a syllable a bare jamo follows (`디ㄱ스` may be `딕스`).
 */
export function requiredCharacters(text: string, unfinished: boolean): string[] {
  const characters = [...text];
  if (!unfinished) return characters;
  let lastSyllable = -1;
  characters.forEach((character, position) => {
    if (hangulSyllable.test(character)) lastSyllable = position;
  });
  return characters.filter((character, position) => position < lastSyllable && !compatibilityJamo.test(character) && !compatibilityJamo.test(characters[position + 1] ?? ''));
}

/**
 * Positions, ascending, of the terms that may match any of `texts` (each with its required characters);
 * undefined when one of them may match every term.
 */
export function candidateTerms(terms: readonly PreparedTerm[], texts: Array<{ text: string; unfinished: boolean }>): readonly number[] | undefined {
  const lookup = termLookup(terms);
  const lists: Array<readonly number[]> = [];
  for (const { text, unfinished } of texts) {
    const list = lookup.withCharacters(requiredCharacters(text, unfinished));
    if (!list) return undefined;
    if (list.length > 0) lists.push(list);
  }
  if (lists.length === 1) return lists[0];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** The terms at `positions` (ascending), in index order; all terms when `positions` is undefined. */
export function termsAt(terms: readonly PreparedTerm[], positions: readonly number[] | undefined): readonly PreparedTerm[] {
  return positions ? positions.map((position) => terms[position]!) : terms;
}
