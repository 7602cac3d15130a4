import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type TimedRun, timedRun } from './timed-build.ts';

/** The stock docs theme the build figures are compared with (installed in a temporary folder, never in this project). */
export const starlightVersions = { astro: '7.3.5', '@astrojs/starlight': '0.42.4', node: '22.23.3' };

export interface StarlightSite {
  dir: string;
  /** Where the notes went: `<dir>/src/content/docs`. */
  docs: string;
  notes: number;
  build(logFile?: string): Promise<TimedRun>;
}

/**
 * The notes of `contentDir` as a default Astro Starlight site in `dir` (npm installs Starlight there). The only
 * changes to the notes are mechanical: Starlight has no <Question> component, so each becomes the <details> it
 * renders to here; everything else (frontmatter, headings, Mermaid blocks as plain code, links) goes in as written.
 */
export async function starlightSite(dir: string, contentDir: string, publicDir?: string): Promise<StarlightSite> {
  await mkdir(dir, { recursive: true });
  // Readable by nginx's worker user, for bench:pages on the result (mkdtemp makes folders private).
  await chmod(dir, 0o755);
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'starlight-compare', private: true, type: 'module', dependencies: starlightVersions, allowScripts: { node: true, esbuild: false } }, null, 2),
  );
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://infra-notes.dev',
  integrations: [starlight({ title: '인프라 노트', defaultLocale: 'root', locales: { root: { label: '한국어', lang: 'ko' } } })],
});
`,
  );
  await mkdir(path.join(dir, 'src'), { recursive: true });
  await writeFile(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docs = path.join(dir, 'src', 'content', 'docs');
  // A folder used before (another size of the benchmark, STARLIGHT_DIR) starts cold: no notes, output or cache of the last run.
  for (const stale of [docs, path.join(dir, 'dist'), path.join(dir, '.astro'), path.join(dir, 'node_modules', '.astro')]) await rm(stale, { recursive: true, force: true });
  let notes = 0;
  for (const entry of await readdir(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
    const from = path.join(entry.parentPath, entry.name);
    await writeFile(await target(docs, path.relative(contentDir, from)), starlightNote(await readFile(from, 'utf8')));
    notes++;
  }
  await writeFile(path.join(docs, 'index.mdx'), `---\ntitle: 인프라 노트\ndescription: 인프라와 시스템 디자인을 한국어로 정리한 노트\n---\n\n주제를 왼쪽 목록에서 고르세요.\n`);
  if (publicDir) await cp(publicDir, path.join(dir, 'public'), { recursive: true }).catch(() => undefined);
  const installed = await readFile(path.join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json'), 'utf8').then(
    (text) => (JSON.parse(text) as { version: string }).version,
    () => undefined,
  );
  if (installed !== starlightVersions['@astrojs/starlight']) {
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
    if (install.status !== 0) throw new Error(`Starlight 설치 실패 (${install.status})`);
  }
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '' };
  return {
    dir,
    docs,
    notes,
    build: (logFile) => timedRun(path.join(dir, 'node_modules', '.bin', 'node'), ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, env, logFile }),
  };
}

/** A note as Starlight takes it: each <Question q="…"> becomes the <details> it renders to here. */
function starlightNote(source: string): string {
  return source.replace(/<Question q="([^"]*)">/g, (_, question: string) => `<details>\n<summary>Q. ${question}</summary>\n`).replace(/<\/Question>/g, '</details>');
}

async function target(docs: string, relative: string): Promise<string> {
  const file = path.join(docs, relative);
  await mkdir(path.dirname(file), { recursive: true });
  return file;
}
