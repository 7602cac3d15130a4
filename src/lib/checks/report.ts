import path from 'node:path';
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';

/** The `source` of every message the site's rules report: `infra-notes:<rule-id>`. */
const ruleSource = 'infra-notes';

/** A VFileMessage from one of the site's rules: `reason` is the problem, `note` the Korean fix. */
export type RuleMessage = VFileMessage & { note: string; ruleId: string };

/**
 * Reports a problem of a note as a vfile message: `file.message(problem, place, 'infra-notes:<rule>')`, with
 * the fix in `note`. Every rule is an error (the build stops on it), so the message is fatal; it never throws:
 * one run collects every problem of a note, and the last step of the pipeline (final-step.ts) decides.
 */
export function report(file: VFile, place: Node | Position | Point | null | undefined, rule: string, problem: string, fix: string): RuleMessage {
  const message = file.message(problem, { place: isNode(place) ? place.position : place, ruleId: rule, source: ruleSource }) as RuleMessage;
  message.note = fix;
  message.fatal = true;
  return message;
}

/** A problem found outside a unified run (a file that cannot be parsed, a rule across notes). */
export function problem(filePath: string, place: Position | Point | undefined, rule: string, reason: string, fix: string): RuleMessage {
  const message = new VFileMessage(reason, { place, ruleId: rule, source: ruleSource }) as RuleMessage;
  message.file = filePath;
  message.note = fix;
  message.fatal = true;
  return message;
}

export function isRuleMessage(message: VFileMessage): message is RuleMessage {
  return message.source === ruleSource && message.fatal === true;
}

/**
 * One readable line: `file:line:column — problem 고치는 법: fix (infra-notes:rule-id)`. The same line is printed by
 * `npm run check`, thrown by the build and shown by the dev server's overlay.
 */
export function formatMessage(message: VFileMessage, cwd = process.cwd()): string {
  const file = message.file ? (path.isAbsolute(message.file) ? path.relative(cwd, message.file) : message.file) : '(알 수 없는 파일)';
  const where = message.line ? `${file}:${message.line}${message.column ? `:${message.column}` : ''}` : file;
  const fix = message.note ? ` 고치는 법: ${message.note}` : '';
  return `${where} — ${message.reason}${fix} (${message.source ?? ruleSource}:${message.ruleId ?? 'unknown'})`;
}

/** Messages in reading order: by file, then line, then column. */
export function sortMessages<T extends VFileMessage>(messages: T[]): T[] {
  return [...messages].sort((a, b) => compare(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compare(a.reason, b.reason));
}

/** Code-point order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'type' in value;
}
