import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { stripVTControlCharacters } from 'node:util';

export interface TimedRun {
  seconds: number;
  peakMb: number;
  /** What the command printed (stdout and stderr), for the stage split. */
  log: string;
}

/**
 * Runs one command (a build) to its end, sampling the resident memory of its whole process tree (Node, its
 * workers, Chromium) every 250 ms for the peak. Fails with the end of the log when the command fails.
 */
export async function timedRun(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; logFile?: string } = {}): Promise<TimedRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  let peakKb = 0;
  const sampler = setInterval(async () => {
    peakKb = Math.max(peakKb, await treeRssKb(child.pid!));
  }, 250);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (options.logFile) await writeFile(options.logFile, log);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} 실패 (${code}):\n${log.slice(-3000)}`);
  return { seconds, peakMb: peakKb / 1024, log };
}

async function treeRssKb(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '');
    const parent = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
    rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Astro's durations: `916ms`, `5.86s`, `1m 2s`. */
function seconds(text: string): number {
  let total = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|s|m)\b/g)) total += Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  return total;
}

/**
 * Where one build of this site spent its time, read from its log: the note check (prebuild), Astro's content
 * sync, the Vite bundle (notes compiled there), page rendering, reading the built pages and each post-build
 * step; `other` is the rest of the wall time (starting Node and Astro, loading the config, publishing).
 */
export function buildStages(log: string, wallSeconds: number): Array<{ stage: string; seconds: number }> {
  const plain = stripVTControlCharacters(log);
  const stages: Array<{ stage: string; seconds: number }> = [];
  const add = (stage: string, value: number | undefined) => {
    if (value !== undefined) stages.push({ stage, seconds: value });
  };
  add('검사', Number(/노트 검사: [^(]*\(([\d.]+)초/.exec(plain)?.[1] ?? Number.NaN) || undefined);
  const buildCompleted = [...plain.matchAll(/\[build\] ✓ Completed in ([^.\n]+(?:\.\d+)?[a-z]+)/g)].map((match) => seconds(match[1]!));
  add('콘텐츠 동기화', buildCompleted[0]);
  add(
    '번들(노트 컴파일)',
    [...plain.matchAll(/\[vite\] ✓ built in ([\d.]+m?s)/g)].reduce((sum, match) => sum + seconds(match[1]!), 0),
  );
  add(
    '페이지 렌더링',
    [...plain.matchAll(/^\d\d:\d\d:\d\d ✓ Completed in ([\d.]+m?s)/gm)].reduce((sum, match) => sum + seconds(match[1]!), 0),
  );
  add('페이지 읽기', Number(/페이지 읽기: [^(]*\(([\d.]+)초\)/.exec(plain)?.[1] ?? Number.NaN) || undefined);
  for (const [, name, value] of /빌드 뒤 단계 시간: (.*)/.exec(plain)?.[1]?.matchAll(/([^,]+?) ([\d.]+)초/g) ?? []) add(name!.trim(), Number(value));
  add('기타(시작, 설정, 게시)', Math.max(0, wallSeconds - stages.reduce((sum, { seconds }) => sum + seconds, 0)));
  return stages;
}

/** `검사 0.4 · 번들 3.1 · …` in seconds, for one line of a benchmark's table. */
export function formatStages(stages: Array<{ stage: string; seconds: number }>): string {
  return stages.map(({ stage, seconds }) => `${stage} ${seconds.toFixed(1)}`).join(' · ');
}
