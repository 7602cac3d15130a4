import type { VFile } from 'vfile';

/** What the rules need to know about the site besides the note. */
export interface RuleOptions {
  /** The folder of files served as they are (public/): images a note may show with `/path`. */
  publicDir: string;
}

/**
 * The note's folder and file name, '/'-separated (`messaging/kafka.mdx`): every MDX file the site compiles is
 * a note `content/<category>/<topic>.mdx` (the collection's glob), so the last two segments name it, wherever
 * the content folder is (a test fixture's included). Undefined for a file without a path.
 */
export function notePath(file: VFile): string | undefined {
  if (!file.path) return undefined;
  return file.path.split(/[\\/]/).slice(-2).join('/');
}

/** The page a note becomes: `messaging/kafka.mdx` → `/messaging/kafka/`. */
export function pageUrlOf(relativeNotePath: string): string {
  return `/${relativeNotePath.replace(/\.mdx?$/, '')}/`;
}
