/**
 * A section of a built note as a reader sees it before opening it: its heading and the first words under
 * it. Read from the built HTML (src/lib/built-site.ts), so it is what the page really says, and used by
 * everything that shows a section outside its page (share pages, link previews).
 */
export interface SectionSummary {
  /** The heading's id, as in `page#id`. */
  id: string;
  level: 2 | 3;
  /** The heading's text, whitespace folded. */
  title: string;
  /** The opening text under the heading (see openingText), '' when the section starts with a sub-heading only. */
  opening: string;
}

/** About what a chat app shows of a description before cutting it (Slack, KakaoTalk and Discord show 150–200). */
export const openingLimit = 160;

/** After these a next block reads on without a separator (`특징:` then its items). */
const runsOn = /[.!?。:]$/;

/**
 * Joins the first text blocks under a heading (paragraphs, list items) into one line of at most `limit`
 * characters. Notes are mostly bullet lists whose items have no full stop, so an item that does not end a
 * sentence is followed by ' · ' rather than run into the next. A cut ends at the last whole sentence when
 * one ends past half the limit, else at the last space, marked with '…'.
 */
export function openingText(blocks: readonly string[], limit = openingLimit): string {
  let text = '';
  for (const raw of blocks) {
    const block = raw.replace(/\s+/g, ' ').trim();
    if (!block) continue;
    text = text ? `${text}${runsOn.test(text) ? ' ' : ' · '}${block}` : block;
    if ([...text].length > limit) break;
  }
  const characters = [...text];
  if (characters.length <= limit) return text;
  const head = characters.slice(0, limit).join('');
  const sentence = /^(.*[.!?。])\s/s.exec(head)?.[1];
  if (sentence && [...sentence].length >= limit / 2) return sentence;
  const space = head.lastIndexOf(' ');
  return `${(space > limit / 2 ? head.slice(0, space) : head).replace(/[\s·,]+$/, '')}…`;
}
