import path from 'node:path';

/** Where in a note a problem is: the file and the 1-based line, when known. */
export interface ContentLocation {
  file: string;
  line?: number;
}

/**
 * An author-facing error: one readable line naming the file and line, what is wrong and how to fix it.
 * Thrown where the pages are built from every note at once (the content index); the note rules report vfile
 * messages instead (src/lib/checks/report.ts), and `npm run check` turns these into such messages too.
 */
export class ContentError extends Error {
  readonly location: ContentLocation;
  readonly problem: string;
  readonly fix: string;

  constructor(location: ContentLocation, problem: string, fix: string) {
    super(`${formatLocation(location)} — ${problem} 고치는 법: ${fix}`);
    this.name = 'ContentError';
    this.location = location;
    this.problem = problem;
    this.fix = fix;
  }
}

function formatLocation({ file, line }: ContentLocation): string {
  const relative = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return line ? `${relative}:${line}` : relative;
}
