import path from 'node:path';

/** Where in a note a problem is: the file and the 1-based line, when known. */
export interface ContentLocation {
  file: string;
  line?: number;
}

/**
 * An author-facing error: one readable line naming the file and line, what is wrong and how to fix it.
 * Every content check throws this, so the build, `npm run check` and the tests print the same message.
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

export function formatLocation({ file, line }: ContentLocation): string {
  const relative = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return line ? `${relative}:${line}` : relative;
}

/** The file path and start line of a unist node inside a vfile, for ContentError. */
export function locate(file: { path?: string; history?: string[] }, node?: { position?: { start: { line: number } } }): ContentLocation {
  return { file: file.path ?? file.history?.[0] ?? '(알 수 없는 파일)', line: node?.position?.start.line };
}
