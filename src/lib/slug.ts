/**
 * The one slug function for heading ids. The rehype plugin, the table of contents, copy-link,
 * the anchor registry, the link checker and search sub-results all use ids made here, so they agree.
 *
 * Rules (content/README.md): NFC, lowercase, letters (Hangul included) and digits kept, spaces and '/'
 * become '-', other punctuation dropped, repeated '-' collapsed. Hangul stays readable: `#리더-선출`.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s/]+/gu, '-')
    .replace(/[^\p{L}\p{N}\p{M}_-]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Id of an interview question's answer block; prefixed so it can never collide with a heading id. */
export function questionId(question: string): string {
  return `q-${slugify(question)}`;
}
