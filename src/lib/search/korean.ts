import { convertQwertyToHangul, disassemble, getChoseong } from 'es-hangul';

export { compact, normalizeQuery, stripParticle } from './text.ts';

/**
 * Korean text helpers for search. Pagefind splits Korean on spaces only and matches word prefixes, so a
 * reader's `캐싱을`, `로드밸런싱` or `ㅋㅂㄴㅌㅅ` needs help before it reaches the index.
 */

const hangulSyllable = /[\uac00-\ud7a3]/;
const choseongLetters = /^[\u3131-\u314e]+$/;

export function isChoseongOnly(text: string): boolean {
  return choseongLetters.test(text.replace(/\s+/g, ''));
}

/** Initial consonants of the Hangul in `text`, spaces dropped: `쿠버네티스` → `ㅋㅂㄴㅌㅅ`. */
export function choseongOf(text: string): string {
  return getChoseong(text.normalize('NFC').replace(/[^\uac00-\ud7a3]/g, ''));
}

/** `zkvmzk` → `카프카`: Hangul typed with the keyboard left in English mode. Undefined when it is not that. */
export function fromQwerty(text: string): string | undefined {
  if (!/^[a-zA-Z\s]+$/.test(text)) return undefined;
  let converted: string;
  try {
    converted = convertQwertyToHangul(text);
  } catch {
    // es-hangul throws on some key sequences that spell no syllables (`hotfix`, `horizontal`, `phoenix`: ㅗ then
    // ㅐ), and a thrown error would end the whole search: such text was not Hangul typed in English mode.
    return undefined;
  }
  return converted && hangulSyllable.test(converted) && !/[a-zA-Z]/.test(converted) ? converted : undefined;
}

const bareJamoAtEnd = /[\uac00-\ud7a3][\u3131-\u3163]+$/;
const openSyllableAtEnd = /[\uac00-\ud7a3]$/;

/**
 * Whether the reader may still be typing the last syllable of `word`: it ends in bare jamo after a syllable
 * (`도커파ㅇ`, `로드밸ㄹ`) or in a syllable without 받침 that a 받침 or a next syllable may still extend
 * (`로드밸러` → `로드밸런싱`). A word of jamo alone is choseong search, not this.
 */
export function mayBeUnfinished(word: string): boolean {
  if (bareJamoAtEnd.test(word)) return true;
  return openSyllableAtEnd.test(word) && (word.codePointAt(word.length - 1)! - 0xac00) % 28 === 0;
}

/** The text as jamo, compound letters split (`밸런` → `ㅂㅐㄹㄹㅓㄴ`, `과` → `ㄱㅗㅏ`): a half-typed syllable is a prefix of it. */
export function jamoOf(text: string): string {
  return disassemble(text);
}

/**
 * Edit distance counting an adjacent swap as one edit (`kafak` → `kafka`), stopping early past `limit`:
 * typo tolerance needs only 0, 1 or 2.
 */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rolling rows (the swap looks two rows back), reused between calls: the typo pass compares the
  // query with every name of every note, and allocating a table each time was most of its cost.
  if (distanceRows[0]!.length <= b.length) distanceRows = distanceRows.map(() => new Int32Array(b.length + 1));
  let [beforePrevious, previous, row] = distanceRows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      row[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, row] = [previous, row, beforePrevious];
  }
  return previous[b.length]!;
}

let distanceRows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];
