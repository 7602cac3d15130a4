import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { noteIds } from './note-ids.ts';
import { linksOf } from './note-links.ts';

/**
 * Files outside the note whose existence a rule relied on when it passed the note (an image under public/ or
 * beside the note). A compiled note taken from the cache is used only while all of them still exist, so a
 * deleted image fails the next check and build as it would have without the cache.
 */
export function requiredFiles(file: VFile): string[] {
  const data = file.data as { requiredFiles?: string[] };
  data.requiredFiles ??= [];
  return data.requiredFiles;
}

/** What the compiled-notes cache keeps of a note that passed every rule, besides its compiled module. */
export interface PassedNote {
  requiredFiles: string[];
  /** Its ids and links: all `npm run check`'s rules across notes need from a note it does not compile again. */
  facts: { ids: string[]; links: Array<{ url: string; place?: { line: number; column: number; offset?: number } }> };
}

/** A note that passed: the files it required, its ids and its links (positions without their prototype, for JSON). */
export function passedNote(file: VFile, tree: Root): PassedNote {
  const ids = [...new Set(noteIds(tree).map(({ id }) => id))];
  const links = linksOf(file).map(({ url, place }) => ({ url, place: place && { line: place.line, column: place.column, offset: place.offset } }));
  return { requiredFiles: [...requiredFiles(file)], facts: { ids, links } };
}

/** The build's notes that passed, by path, until the compiled-notes cache takes them. */
const passedNotes = new Map<string, PassedNote>();

/** Called by the pipeline's last step in the build (the check reads the note's own file data instead). */
export function notePassed(file: VFile, tree: Root): void {
  if (file.path) passedNotes.set(file.path, passedNote(file, tree));
}

/** What the build's last step kept of the note at `filePath` (then forgotten), if it passed. */
export function takePassedNote(filePath: string): PassedNote | undefined {
  const note = passedNotes.get(filePath);
  passedNotes.delete(filePath);
  return note;
}
