import { getChoseong } from 'es-hangul';
import type { GlossaryEntry } from './glossary.ts';
import { normalizeFilterText } from './glossary-filter.ts';

/** Double consonants sort and index under their plain consonant, as in Korean dictionaries' ㄱㄴㄷ tabs. */
const plainConsonant: Record<string, string> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ' };
const hangulInitials = 'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ';
/** Terms starting with neither Hangul nor a Latin letter (a digit, a symbol) gather under this label. */
const otherInitial = '#';

/**
 * The index label of a term: the initial consonant of its first Hangul syllable (ㄲ under ㄱ), the
 * capital of a Latin first letter, or `#`.
 */
export function glossaryInitial(term: string): string {
  const first = term.trim().charAt(0);
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  const consonant = /[가-힣ㄱ-ㅎ]/.test(first) ? getChoseong(first) : '';
  return plainConsonant[consonant] ?? (hangulInitials.includes(consonant) && consonant ? consonant : otherInitial);
}

/**
 * What the glossary filter searches for one entry, computed at build time: the Korean name, its initial
 * consonants (so `ㅋㅅㅁ` finds 컨슈머 랙, as in the site search), the English name and the abbreviation.
 */
function glossaryFilterText(entry: { term: string; english?: string; abbreviation?: string; aliases?: string[] }): string {
  // Other spellings too: the filter finds `서킷브레이커` or `idempotent` like search does.
  const names = [entry.term, getChoseong(entry.term).replace(/\s+/g, ''), entry.english ?? '', entry.abbreviation ?? '', ...(entry.aliases ?? [])];
  return names.map(normalizeFilterText).filter(Boolean).join('|');
}

export interface GlossaryGroup {
  /** What the index shows: `ㄱ`, `K`, `#`. */
  label: string;
  /** Anchor of the group heading: `glossary-ㄱ`, `glossary-k`, `glossary-etc`. */
  id: string;
  entries: Array<GlossaryEntry & { filterText: string }>;
}

const rank = (label: string) => (hangulInitials.includes(label) ? hangulInitials.indexOf(label) : label === otherInitial ? 100 : 20 + label.charCodeAt(0) - 65);

/**
 * The glossary in index groups: ㄱ … ㅎ, then A … Z, then `#`; only groups that hold a term. Entries keep
 * the order they come in (buildGlossary's Korean order) inside their group.
 */
export function groupGlossary(entries: readonly GlossaryEntry[]): GlossaryGroup[] {
  const groups = new Map<string, GlossaryGroup>();
  for (const entry of entries) {
    const label = glossaryInitial(entry.term);
    const group = groups.get(label) ?? { label, id: `glossary-${label === otherInitial ? 'etc' : label.toLowerCase()}`, entries: [] };
    group.entries.push({ ...entry, filterText: glossaryFilterText(entry) });
    groups.set(label, group);
  }
  return [...groups.values()].sort((a, b) => rank(a.label) - rank(b.label));
}
