import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The project's own files a module runs: `entries` and every local file they import, directly or through
 * other local files, found by reading each file's import specifiers. Paths are relative to `root` and
 * sorted. Packages (bare specifiers) are left out: the lockfile stands for them.
 *
 * Read as text, not parsed: a static import or re-export starts a line (as the formatter writes them), a
 * dynamic import with a literal specifier may be anywhere. A relative specifier that names no file is an
 * error, so a fingerprint never silently misses a file.
 */
export async function localImportGraph(entries: string[], root = process.cwd()): Promise<string[]> {
  const seen = new Set<string>();
  const queue = entries.map((entry) => path.resolve(root, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(m?[jt]s|astro)$/.test(file)) continue;
    const source = await readFile(file, 'utf8');
    for (const specifier of importSpecifiers(source)) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
      queue.push(resolveLocal(specifier.replace(/[?#].*$/, ''), file));
    }
  }
  return [...seen].map((file) => path.relative(root, file).split(path.sep).join('/')).sort();
}

/** The specifiers of a module's static imports, re-exports and literal dynamic imports. */
export function importSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\b[^;'"`]*?\bfrom\s*(['"])([^'"\n]+)\1/gm)) specifiers.push(match[2]!);
  for (const match of source.matchAll(/^import\s*(['"])([^'"\n]+)\1/gm)) specifiers.push(match[2]!);
  for (const match of source.matchAll(/\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g)) specifiers.push(match[2]!);
  return specifiers;
}

function resolveLocal(specifier: string, importer: string): string {
  const base = path.resolve(path.dirname(importer), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.js`, `${base}.mjs`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith(path.sep) && path.extname(candidate)) return candidate;
  }
  throw new Error(`${importer}: 가져오는 파일 "${specifier}"을(를) 찾지 못했습니다.`);
}

export interface SourceFingerprintInput {
  /** Modules whose whole local import graph is hashed. */
  entries: string[];
  /** Other files read at run time (lockfile, data files); a missing one hashes as missing. */
  files?: string[];
  /** Settings that change the output without being in a file (base path, site URL). */
  settings?: unknown;
  root?: string;
}

/**
 * One hash of everything `entries` run and read: each local file reached by imports (path and bytes), the
 * listed files and the settings. Adding an import to any module in the graph brings the new file in without
 * anyone keeping a list; editing any file in the graph changes the hash.
 */
export async function sourceFingerprint({ entries, files = [], settings = null, root = process.cwd() }: SourceFingerprintInput): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const file of await localImportGraph(entries, root)) hash.update(`\0${file}\0`).update(await readFile(path.join(root, file)));
  for (const file of files) {
    const full = path.resolve(root, file);
    hash.update(`\0${file}\0`).update(existsSync(full) ? await readFile(full) : '\0missing');
  }
  return hash.digest('hex');
}
