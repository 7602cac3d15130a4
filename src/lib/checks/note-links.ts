import type { Definition, Link, Root } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface NoteLink {
  /** As the author wrote it (character references decoded, percent-encoding kept). */
  url: string;
  place?: Point;
}

/** The links of a note (Markdown links and link definitions), where the check across notes can find them. */
export function linksOf(file: VFile): NoteLink[] {
  const data = file.data as { noteLinks?: NoteLink[] };
  data.noteLinks ??= [];
  return data.noteLinks;
}

/** Records every link of the note in `file.data.noteLinks` for `npm run check`'s link rule across notes. */
export function collectLinks() {
  return (tree: Root, file: VFile) => {
    const links = linksOf(file);
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') links.push({ url: (node as Link | Definition).url, place: node.position?.start });
    });
  };
}

/**
 * A link's target split the way a browser resolves it: the path and the fragment, each percent-decoded
 * (`decodeURIComponent`). The browser compares the decoded fragment with ids as they are; it does not
 * normalize Unicode, so an NFD fragment does not reach an NFC id. Undefined when the encoding is broken.
 */
export function resolveTarget(url: string): { path: string; fragment?: string } | undefined {
  const hash = url.indexOf('#');
  const rawPath = (hash >= 0 ? url.slice(0, hash) : url).split('?')[0]!;
  const rawFragment = hash >= 0 ? url.slice(hash + 1) : undefined;
  try {
    return { path: decodeURIComponent(rawPath), fragment: rawFragment === undefined ? undefined : decodeURIComponent(rawFragment) };
  } catch {
    return undefined;
  }
}
