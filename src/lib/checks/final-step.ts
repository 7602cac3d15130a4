import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { formatMessage, isRuleMessage, type RuleMessage, sortMessages } from './report.ts';
import { notePassed } from './required-files.ts';

/** What `npm run check` receives for each note instead of a failure: the vfile (messages, data) and its tree. */
export type NoteCollector = (file: VFile, tree: Root) => void;

/** Thrown by the build for a note with problems; lists every one of them, sorted. */
export class NoteProblemsError extends Error {
  readonly problems: RuleMessage[];
  /** Where the first problem is, for Vite's error overlay and Astro's error location. */
  readonly line?: number;
  readonly column?: number;

  constructor(problems: RuleMessage[]) {
    const sorted = sortMessages(problems);
    super(`노트에 문제가 ${sorted.length}개 있습니다.\n${sorted.map((message) => formatMessage(message)).join('\n')}`);
    this.name = 'NoteProblemsError';
    this.problems = sorted;
    this.line = sorted[0]?.line ?? undefined;
    this.column = sorted[0]?.column ?? undefined;
  }
}

/**
 * The last step of the note pipeline. In the build and the dev server it turns the rules' messages into one
 * failure listing all of the note's problems (the dev overlay shows it when the note is saved); in
 * `npm run check` it hands the note to the checker, which reports every note's problems together.
 */
export function finalStep(options: { collect?: NoteCollector } = {}) {
  return (tree: Root, file: VFile) => {
    if (options.collect) {
      options.collect(file, tree);
      return;
    }
    const problems = file.messages.filter(isRuleMessage);
    if (problems.length > 0) throw new NoteProblemsError(problems);
    notePassed(file, tree);
  };
}
