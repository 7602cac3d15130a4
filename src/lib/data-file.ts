import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import yaml from 'js-yaml';

/**
 * A YAML data file of content/ (glossary.yaml, checklist.yaml): a list of entries checked by a zod schema.
 * Parsed here once for `npm run check` (problems as a list) and for the build (a thrown error), so the
 * two can never disagree; every problem names the file's line and the field, with a Korean fix.
 */
export interface DataFileSpec<T> {
  /** File name inside the content folder, e.g. `glossary.yaml`. */
  name: string;
  /** What one entry is, for messages: `용어`, `체크리스트 항목`. */
  entryLabel: string;
  schema: z.ZodType<T>;
  /** Fields whose value must be unique across the file. */
  unique: string[];
  /**
   * Every field the entries may have, by its path (`points.link` inside `points`), with how to write it
   * right: shown after 고치는 법 when that field is wrong or missing, and listed for an unknown field.
   */
  hints: Record<string, string>;
}

export interface DataFileProblem {
  line: number;
  column: number;
  /** `yaml` (syntax), `schema` (a field), `duplicate` (a unique field repeated). */
  kind: 'yaml' | 'schema' | 'duplicate';
  reason: string;
  fix: string;
}

export interface ParsedDataFile<T> {
  entries: T[];
  problems: DataFileProblem[];
}

/** A node of the YAML document with where it starts: the entries and fields a message points at. */
interface YamlNode {
  kind: string;
  result: unknown;
  start: number;
  children: YamlNode[];
}

export function parseDataFile<T>(text: string, spec: DataFileSpec<T>): ParsedDataFile<T> {
  const root: YamlNode = { kind: 'root', result: undefined, start: 0, children: [] };
  const stack = [root];
  let data: unknown;
  try {
    data = yaml.load(text, {
      filename: spec.name,
      // js-yaml reports every node it opens and closes; the tree of them maps a zod path to a line.
      listener(event, state) {
        if (event === 'open') {
          stack.push({ kind: '', result: undefined, start: state.position, children: [] });
        } else {
          const node = stack.pop()!;
          node.kind = state.kind ?? 'null';
          node.result = state.result;
          stack.at(-1)!.children.push(node);
        }
      },
    });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const mark = error.mark;
    return {
      entries: [],
      problems: [
        {
          line: (mark?.line ?? 0) + 1,
          column: (mark?.column ?? 0) + 1,
          kind: 'yaml',
          reason: `YAML 문법 오류입니다 (${error.reason}).`,
          fix: '이 줄과 바로 앞 줄의 들여쓰기(스페이스 2칸), 콜론 뒤의 공백, 닫히지 않은 따옴표를 확인하세요. `:`나 `#`이 든 값은 큰따옴표로 감싸세요.',
        },
      ],
    };
  }
  const document = root.children[0];
  const at = (offset: number) => position(text, offset);
  if (data === undefined || data === null) {
    return {
      entries: [],
      problems: [{ ...at(0), kind: 'schema', reason: '파일이 비어 있습니다.', fix: `${spec.entryLabel}을(를) \`- \`로 시작하는 목록으로 적으세요. 항목이 하나도 없다면 \`[]\`라고 적으세요.` }],
    };
  }
  if (!Array.isArray(data)) {
    return {
      entries: [],
      problems: [{ ...at(document?.start ?? 0), kind: 'schema', reason: `파일이 목록이 아닙니다 (${describeValue(data)}).`, fix: `${spec.entryLabel}마다 \`- \`로 시작하는 목록 항목으로 적으세요.` }],
    };
  }

  const problems: DataFileProblem[] = [];
  const entries: T[] = [];
  data.forEach((item, index) => {
    const parsed = spec.schema.safeParse(item, { reportInput: true });
    if (parsed.success) {
      entries.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const issuePath = [index, ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))];
      for (const problem of describeIssue(issue, issuePath, spec)) {
        problems.push({ ...at(offsetOf(document, problem.path, text)), kind: 'schema', reason: problem.reason, fix: problem.fix });
      }
    }
  });

  for (const field of spec.unique) {
    const seen = new Map<string, number>();
    data.forEach((item, index) => {
      const value = (item as Record<string, unknown> | null)?.[field];
      if (typeof value !== 'string') return;
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, index);
        return;
      }
      const firstLine = at(offsetOf(document, [first, field], text)).line;
      problems.push({
        ...at(offsetOf(document, [index, field], text)),
        kind: 'duplicate',
        reason: `\`${field}: ${value}\` — ${firstLine}번째 줄에도 같은 \`${field}\`이(가) 있습니다.`,
        fix: `\`${field}\`은(는) 파일 안에서 하나뿐이어야 합니다. 같은 것을 두 번 적었다면 하나를 지우고, 다른 것이라면 다른 값을 쓰세요.`,
      });
    });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { entries: problems.length === 0 ? entries : [], problems };
}

/** `content/glossary.yaml:12:3 — problem 고치는 법: fix`, one line per problem. */
function formatProblems(file: string, problems: DataFileProblem[]): string {
  return problems.map((problem) => `${file}:${problem.line}:${problem.column} — ${problem.reason} 고치는 법: ${problem.fix}`).join('\n');
}

export class DataFileError extends Error {
  readonly file: string;
  readonly problems: DataFileProblem[];
  constructor(file: string, problems: DataFileProblem[]) {
    super(`${file}에 문제가 ${problems.length}개 있습니다:\n${formatProblems(file, problems)}`);
    this.name = 'DataFileError';
    this.file = file;
    this.problems = problems;
  }
}

const loaded = new Map<string, { text: string; entries: unknown[] }>();

/**
 * The entries of a data file for the build (pages, Markdown plugins); a problem throws a DataFileError,
 * which fails the build. Read again on every call (cheap) so `npm run dev` sees edits; parsed once per
 * version of the text.
 */
export function loadDataFile<T>(contentDir: string, spec: DataFileSpec<T>): T[] {
  const file = path.join(contentDir, spec.name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataFileError(file, [
      {
        line: 1,
        column: 1,
        kind: 'yaml',
        reason: `파일을 읽지 못했습니다 (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
        fix: `${file}을(를) 만들고, 항목이 없다면 \`[]\`라고 적으세요.`,
      },
    ]);
  }
  const cached = loaded.get(file);
  if (cached?.text === text) return cached.entries as T[];
  const { entries, problems } = parseDataFile(text, spec);
  if (problems.length > 0) throw new DataFileError(file, problems);
  loaded.set(file, { text, entries });
  return entries;
}

interface IssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  input?: unknown;
  expected?: string;
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
}

function describeIssue(issue: IssueLike, issuePath: Array<string | number>, spec: DataFileSpec<unknown>): Array<{ path: Array<string | number>; reason: string; fix: string }> {
  const fieldPath = issuePath.filter((segment): segment is string => typeof segment === 'string');
  const field = fieldPath.join('.');
  const name = fieldPath.at(-1) ?? '';
  const where = `${(issuePath[0] as number) + 1}번째 ${spec.entryLabel}`;
  const hint = spec.hints[field] ?? `${name} 값을 확인하세요.`;
  // A message the schema wrote itself (Korean) is the best reason there is.
  const own = /[가-힣]/.test(issue.message) ? issue.message : undefined;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = Object.keys(spec.hints).filter((candidate) => candidate.split('.').slice(0, -1).join('.') === field);
      return (issue.keys ?? []).map((key) => ({
        path: [...issuePath, key],
        reason: `${where}에 알 수 없는 필드 \`${key}\`이(가) 있습니다.`,
        fix: `이 자리에 쓸 수 있는 필드는 ${allowed.map((candidate) => `\`${candidate.split('.').at(-1)}\``).join(', ')}입니다. 오타라면 고치고, 아니라면 지우세요.`,
      }));
    }
    case 'invalid_type':
      if (issue.input === undefined) {
        return [{ path: issuePath, reason: `${where}에 필드 \`${name}\`이(가) 없습니다.`, fix: `\`${name}:\` 줄을 넣으세요. ${hint}` }];
      }
      return [
        {
          path: issuePath,
          reason: `${name === '' || typeof issuePath.at(-1) === 'number' ? where : `\`${name}\``}은(는) ${typeName(issue.expected)}이어야 하는데 ${describeValue(issue.input)}입니다.`,
          fix: typeof issuePath.at(-1) === 'number' ? `\`- \`로 시작하는 항목마다 그 아래에 \`필드: 값\`을 적으세요.` : hint,
        },
      ];
    case 'too_small':
      return [
        {
          path: issuePath,
          reason: own ?? (issue.origin === 'array' ? `\`${name}\`에 항목이 ${issue.minimum}개 이상 있어야 합니다.` : `\`${name}\`이(가) 너무 짧습니다 (${issue.minimum}자 이상).`),
          fix: hint,
        },
      ];
    default:
      return [{ path: issuePath, reason: own ?? `\`${name}\` 값이 형식에 맞지 않습니다.`, fix: hint }];
  }
}

function typeName(expected: string | undefined): string {
  const names: Record<string, string> = { string: '문자열', number: '숫자', boolean: 'true/false', array: '목록(- 항목)', object: '`필드: 값` 묶음' };
  return names[expected ?? ''] ?? expected ?? '다른 값';
}

function describeValue(value: unknown): string {
  if (value === null) return '빈 값';
  if (Array.isArray(value)) return '목록';
  if (typeof value === 'object') return '`필드: 값` 묶음';
  if (typeof value === 'string') return `문자열 "${value}"`;
  if (typeof value === 'number') return `숫자 ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

/**
 * Where the value at `issuePath` starts in the text: a field's key (so the message points at `link:`), an
 * entry's first character, or, when the path runs out (a missing field), the deepest entry that exists.
 */
function offsetOf(document: YamlNode | undefined, issuePath: Array<string | number>, text: string): number {
  let node = document;
  let offset = document?.start ?? 0;
  for (const segment of issuePath) {
    if (!node) break;
    if (node.kind === 'sequence' && typeof segment === 'number') {
      node = node.children[segment];
      if (node) offset = node.start;
    } else if (node.kind === 'mapping') {
      const pairs = node.children;
      let found: YamlNode | undefined;
      for (let index = 0; index + 1 < pairs.length; index += 2) {
        if (pairs[index]!.result === segment) {
          offset = pairs[index]!.start;
          found = pairs[index + 1];
        }
      }
      // A missing key leaves the offset at the entry's start.
      node = found;
    } else {
      break;
    }
  }
  return skipBlank(text, offset);
}

/** js-yaml opens a node before the spaces, line breaks and comments in front of it. */
function skipBlank(text: string, offset: number): number {
  let at = offset;
  for (;;) {
    while (at < text.length && /[ \t\r\n]/.test(text[at]!)) at += 1;
    if (text[at] !== '#') return at;
    while (at < text.length && text[at] !== '\n') at += 1;
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
