import path from 'node:path';
import type { VFile } from 'vfile';

/** What the rules need to know about the site besides the note: where notes and public files live. */
export interface RuleOptions {
  /** The folder of the notes (content/, or a fixture's content/ in tests). */
  contentDir: string;
  /** The folder of files served as they are (public/): images a note may show with `/path`. */
  publicDir: string;
}

/**
 * The note's path inside the content folder with '/' separators (`messaging/kafka.mdx`), or undefined for a
 * file elsewhere (the rules about notes do not apply to it).
 */
export function notePath(file: VFile, options: RuleOptions): string | undefined {
  if (!file.path) return undefined;
  const relative = path.relative(path.resolve(options.contentDir), path.resolve(file.path));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** The page a note becomes: `messaging/kafka.mdx` → `/messaging/kafka/`. */
export function pageUrlOf(relativeNotePath: string): string {
  return `/${relativeNotePath.replace(/\.mdx?$/, '')}/`;
}
