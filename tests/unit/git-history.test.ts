import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGitLog, readGitHistory } from '../../src/lib/git-history.ts';

/** `git log` output as gitLogArgs asks for it: a record separator, hash, parents, committer date, then name-status. */
function commit(hash: string, parents: string, date: string, ...changes: string[]): string {
  return `\x1e${hash}\x1f${parents}\x1f${date}\n\n${changes.join('\n')}\n`;
}

describe('parseGitLog', () => {
  const log = [
    commit('c4', 'c3', '2026-11-30T09:00:00+09:00', 'M\tmessaging/kafka.mdx', 'A\tdata/redis.mdx'),
    commit('c3', 'c2', '2026-11-25T10:00:00+00:00', 'R100\tnetwork/old-cdn.mdx\tnetwork/cdn.mdx', 'D\tapi/gone.mdx'),
    commit('c2', 'c1', '2026-11-24T10:00:00+00:00', 'M\tnetwork/old-cdn.mdx', 'M\tmessaging/kafka.mdx'),
    commit('c1', '', '2026-11-23T10:00:00+00:00', 'A\tmessaging/kafka.mdx', 'A\tnetwork/old-cdn.mdx', 'A\tapi/gone.mdx', 'A\tcontainers/docker.mdx'),
  ].join('');

  it('dates each file by its newest commit and tells added from changed', () => {
    const files = parseGitLog(log);
    expect(files.get('messaging/kafka.mdx')).toEqual({ updated: '2026-11-30T09:00:00+09:00', added: false });
    expect(files.get('data/redis.mdx')).toEqual({ updated: '2026-11-30T09:00:00+09:00', added: true });
    expect(files.get('containers/docker.mdx')).toEqual({ updated: '2026-11-23T10:00:00+00:00', added: true });
  });

  it('follows renames and leaves deleted files out', () => {
    const files = parseGitLog(log);
    expect(files.get('network/cdn.mdx')).toEqual({ updated: '2026-11-25T10:00:00+00:00', added: false });
    expect(files.has('network/old-cdn.mdx')).toBe(false);
    expect(files.has('api/gone.mdx')).toBe(false);
  });

  it('starts a new life when a deleted file is added again', () => {
    const files = parseGitLog(
      [commit('b3', 'b2', '2026-11-29T00:00:00Z', 'A\tapi/grpc.mdx'), commit('b2', 'b1', '2026-11-28T00:00:00Z', 'D\tapi/grpc.mdx'), commit('b1', '', '2026-11-20T00:00:00Z', 'A\tapi/grpc.mdx')].join(
        '',
      ),
    );
    expect(files.get('api/grpc.mdx')).toEqual({ updated: '2026-11-29T00:00:00Z', added: true });
  });

  it('in a shallow clone, ignores the cut-off commit that claims to add everything', () => {
    const files = parseGitLog(log, { shallow: true });
    expect(files.has('containers/docker.mdx')).toBe(false);
    expect(files.get('messaging/kafka.mdx')).toEqual({ updated: '2026-11-30T09:00:00+09:00', added: false });
    // Seen after the cut only as changed: changed, never "added".
    expect(files.get('network/cdn.mdx')?.added).toBe(false);
  });

  it('reads nothing from empty output', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});

describe('readGitHistory on a real repository', () => {
  let work: string;
  const git = (cwd: string, ...args: string[]) => {
    const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd } });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout;
  };
  const commitAt = (repo: string, date: string, message: string) =>
    spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', message], {
      cwd: repo,
      env: { ...process.env, HOME: repo, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'infra-notes-git-'));
    const repo = path.join(work, 'repo');
    await mkdir(path.join(repo, 'content', 'messaging'), { recursive: true });
    await writeFile(path.join(repo, 'README.md'), 'x');
    await writeFile(path.join(repo, 'content', 'messaging', 'kafka.mdx'), 'one');
    await writeFile(path.join(repo, 'content', 'messaging', 'queue.mdx'), 'one');
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    commitAt(repo, '2026-11-20T12:00:00+09:00', 'first');
    await writeFile(path.join(repo, 'content', 'messaging', 'kafka.mdx'), 'two');
    await writeFile(path.join(repo, 'README.md'), 'y');
    git(repo, 'add', '.');
    commitAt(repo, '2026-11-26T01:30:00+09:00', 'second');
    await writeFile(path.join(repo, 'content', 'messaging', 'new.mdx'), 'uncommitted');
    git(work, 'clone', '-q', '--depth', '1', `file://${repo}`, 'shallow');
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('reads the content folder in one pass, with paths relative to it and the committer’s own day', () => {
    const history = readGitHistory(path.join(work, 'repo', 'content'));
    expect(history.problem).toBeUndefined();
    expect([...history.files.keys()]).toEqual(['messaging/kafka.mdx', 'messaging/queue.mdx']);
    expect(history.files.get('messaging/kafka.mdx')).toEqual({ updated: '2026-11-26T01:30:00+09:00', added: false });
    expect(history.files.get('messaging/queue.mdx')).toEqual({ updated: '2026-11-20T12:00:00+09:00', added: true });
  });

  it('says the clone is shallow and knows nothing from the cut-off commit', () => {
    const history = readGitHistory(path.join(work, 'shallow', 'content'));
    expect(history).toEqual({ files: new Map(), problem: 'shallow' });
  });

  it('outside a repository, or where the folder cannot be read, falls back without throwing', () => {
    expect(readGitHistory(work)).toEqual({ files: new Map(), problem: 'not-a-repository' });
    expect(readGitHistory(path.join(work, 'missing')).files.size).toBe(0);
  });
});
