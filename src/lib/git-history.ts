import { spawnSync } from 'node:child_process';

/** What git knows of one file in its current life (since it was last added, following renames). */
export interface FileHistory {
  /** Committer date of the newest commit that touched the file, as git prints it (`%cI`, with its offset). */
  updated: string;
  /** True when that newest commit is the one that added the file: it has not been changed since. */
  added: boolean;
}

/** Why git's history could not be used for every note; the build log says it once, in Korean. */
type HistoryProblem = 'no-git' | 'not-a-repository' | 'shallow';

export interface GitHistory {
  /** Paths relative to the folder that was asked about, with '/' separators. */
  files: Map<string, FileHistory>;
  problem?: HistoryProblem;
}

const recordSeparator = '\x1e';
const fieldSeparator = '\x1f';

/**
 * The `git log` arguments of the one pass over a folder's history. Every option that a user's git config
 * could change is spelled out (rename detection, merges, path quoting), so the same checkout gives the same
 * dates everywhere: committer dates (when the change landed), newest first, children before parents.
 */
const gitLogArgs = [
  '-c',
  'core.quotePath=false',
  'log',
  '--date-order',
  '--no-merges',
  '--find-renames',
  '--name-status',
  '--relative',
  `--format=${recordSeparator}%H${fieldSeparator}%P${fieldSeparator}%cI`,
  '--',
  '.',
];

interface Record {
  updated?: string;
  changes: number;
  /** No older commit belongs to this file's current life (it was added, or deleted and re-added). */
  closed: boolean;
  addedLast: boolean;
  deleted: boolean;
}

/**
 * Reads the output of `git log` with `gitLogArgs` (newest commit first) into each current file's newest
 * change. Renames are followed (older commits of the old name count for the new one); a file deleted and
 * added again starts a new life at the addition. In a shallow clone the cut-off commits have no parents and
 * git lists every file in them as added: their entries say nothing true about when a file changed, so they
 * are skipped and files seen only there are left out (the caller falls back for them).
 */
export function parseGitLog(output: string, { shallow = false } = {}): Map<string, FileHistory> {
  const records = new Map<string, Record>();
  const renamedTo = new Map<string, string>();
  const current = (path: string) => renamedTo.get(path) ?? path;
  const recordOf = (path: string) => {
    const record = records.get(path) ?? { changes: 0, closed: false, addedLast: false, deleted: false };
    records.set(path, record);
    return record;
  };
  const touch = (record: Record, updated: string) => {
    if (record.closed) return;
    record.updated ??= updated;
    record.changes += 1;
  };

  for (const chunk of output.split(recordSeparator)) {
    const [header = '', ...lines] = chunk.split('\n');
    const [hash, parents, updated] = header.split(fieldSeparator);
    if (!hash || !updated) continue;
    if (shallow && !parents?.trim()) continue;
    for (const line of lines) {
      const [status = '', ...paths] = line.split('\t');
      const kind = status[0];
      if (!kind || paths.length === 0) continue;
      if (kind === 'R' && paths.length === 2) {
        const [from, to] = paths as [string, string];
        const target = current(to);
        touch(recordOf(target), updated);
        if (!records.get(target)?.closed) renamedTo.set(from, target);
        continue;
      }
      const path = current(paths[0]!);
      const record = recordOf(path);
      if (kind === 'D') {
        // Newest first: a deletion seen before any change means the file is gone now; seen after its
        // (re-)addition it belongs to an earlier life, which `closed` already ignores.
        if (record.changes === 0 && !record.closed) {
          record.deleted = true;
          record.closed = true;
        }
        continue;
      }
      touch(record, updated);
      if (kind === 'A' && !record.closed) {
        record.addedLast = record.changes === 1;
        record.closed = true;
      }
    }
  }

  const files = new Map<string, FileHistory>();
  for (const [path, record] of [...records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (record.deleted || !record.updated) continue;
    files.set(path, { updated: record.updated, added: record.addedLast });
  }
  return files;
}

/**
 * One `git log` over `dir` (plus one question: is the clone shallow?). Never throws: without git, outside a
 * repository, or on any git error the map is empty and `problem` says why, so the build falls back to the
 * notes' own `updated` dates.
 */
export function readGitHistory(dir: string): GitHistory {
  const run = (args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  const shallowCheck = run(['rev-parse', '--is-shallow-repository']);
  if (shallowCheck.error) return { files: new Map(), problem: 'no-git' };
  if (shallowCheck.status !== 0) return { files: new Map(), problem: 'not-a-repository' };
  const shallow = shallowCheck.stdout.trim() === 'true';
  const log = run(gitLogArgs);
  if (log.error || log.status !== 0) return { files: new Map(), problem: 'not-a-repository' };
  return { files: parseGitLog(log.stdout, { shallow }), problem: shallow ? 'shallow' : undefined };
}
