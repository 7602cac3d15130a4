/**
 * Plain-text helpers for search with no dependencies, so the page-side highlighter can use them
 * without pulling in the Hangul library.
 */

/** Lowercase, NFC, single spaces: the form every comparison starts from. */
export function normalizeQuery(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The longest query the site searches for, in characters. The longest name in the term index is 44
 * characters and a pasted interview question about 60, so 100 loses nothing a reader means; it bounds the
 * work per keystroke (every word is a Pagefind lookup and a pass over the names) and keeps `?q=` under
 * ~900 bytes even for Hangul (9 bytes a syllable once percent-encoded), far below the ~8 KB at which
 * nginx answers 414.
 */
export const maxQueryLength = 100;

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The query as the site handles it: lone surrogates dropped (they are not text, and `encodeURIComponent`
 * throws on them) and cut to `maxQueryLength` characters without splitting a surrogate pair. Applied
 * before the query reaches the index or the address bar.
 */
export function capQuery(text: string): string {
  return [...text.replace(loneSurrogate, '')].slice(0, maxQueryLength).join('');
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Without spaces: `로드 밸런싱` and `로드밸런싱` compare equal. */
export function compact(text: string): string {
  return normalizeQuery(text).replace(/[\s·・_-]+/g, '');
}

const lastIsHangul = /[\uac00-\ud7a3]$/;

/**
 * Particles (조사) and copulas a reader attaches to a term, longest first. Only stripped when a stem of
 * at least two syllables remains, so `이` in `파이` or `로` in `프로` survive.
 */
// biome-ignore format: one row per particle length keeps the longest-first order visible.
const particles = [
  '에서부터', '으로부터', '이라는', '에서는', '에서도', '으로는', '이라고', '에게서', '까지는', '부터는',
  '에서', '에게', '으로', '이란', '이나', '까지', '부터', '처럼', '보다', '라는', '하고', '에는', '에도', '와의', '과의', '이며', '이고', '란',
  '을', '를', '이', '가', '은', '는', '에', '의', '와', '과', '로', '도', '만', '나', '랑',
];

export function stripParticle(word: string): string {
  if (!lastIsHangul.test(word)) return word;
  for (const particle of particles) {
    if (word.endsWith(particle)) {
      const stem = word.slice(0, -particle.length);
      // `kafka에서`, `acks를`: a Latin or digit stem of any length is a real word.
      if ([...stem].length >= 2 || /[a-z0-9]$/i.test(stem)) return stem;
    }
  }
  return word;
}
