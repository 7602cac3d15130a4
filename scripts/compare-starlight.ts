// `npm run compare:starlight`: the same content/ built as a default Astro Starlight site, in a temporary
// folder (Starlight is never added to this project), to put this site's figures beside a stock docs theme.
// Prints build time, dist/ size, Pagefind index size and the first-load weight of a topic page (HTML, CSS,
// JS gzipped) for both builds, then leaves the Starlight build in place for `npm run bench:pages`:
//   BENCH_PAGES_DIST=<printed folder>/dist BENCH_PAGES_PATHS=/,/messaging/kafka/ npm run bench:pages
// Needs the npm registry (it installs Starlight there) and `npm run build` for this site's figures.
//
// The only changes to the notes are mechanical: Starlight has no <Question> component, so each becomes
// the <details> it renders to here; everything else (frontmatter, headings, Mermaid blocks as plain
// code, links) goes in as written.
import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { directorySize } from './lib/directory-size.ts';
import { firstLoadWeight } from './lib/page-weight.ts';

const versions = { astro: '7.3.5', '@astrojs/starlight': '0.42.4', node: '22.23.3' };
const projectRoot = process.cwd();
const work = process.env.STARLIGHT_DIR ?? (await mkdtemp(path.join(tmpdir(), 'infra-notes-starlight-')));

function run(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} 실패 (${result.status})`);
  return (performance.now() - started) / 1000;
}

async function copyNotes(to: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(path.join(projectRoot, 'content'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
    const from = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(path.join(projectRoot, 'content'), from));
    const source = (await readFile(from, 'utf8')).replace(/<Question q="([^"]*)">/g, (_, question: string) => `<details>\n<summary>Q. ${question}</summary>\n`).replace(/<\/Question>/g, '</details>');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, source);
    count++;
  }
  return count;
}

// Readable by nginx's worker user, for bench:pages on the result (mkdtemp makes it private).
await chmod(work, 0o755);
console.log(`작업 폴더: ${work}`);
await writeFile(
  path.join(work, 'package.json'),
  JSON.stringify({ name: 'starlight-compare', private: true, type: 'module', dependencies: versions, allowScripts: { node: true, esbuild: false } }, null, 2),
);
await writeFile(
  path.join(work, 'astro.config.mjs'),
  `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://infra-notes.dev',
  integrations: [starlight({ title: '인프라 노트', defaultLocale: 'root', locales: { root: { label: '한국어', lang: 'ko' } } })],
});
`,
);
await mkdir(path.join(work, 'src'), { recursive: true });
await writeFile(
  path.join(work, 'src', 'content.config.ts'),
  `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
);
const docs = path.join(work, 'src', 'content', 'docs');
const notes = await copyNotes(docs);
await writeFile(path.join(docs, 'index.mdx'), `---\ntitle: 인프라 노트\ndescription: 인프라와 시스템 디자인을 한국어로 정리한 노트\n---\n\n주제를 왼쪽 목록에서 고르세요.\n`);
await cp(path.join(projectRoot, 'public'), path.join(work, 'public'), { recursive: true }).catch(() => undefined);

run('npm', ['install', '--no-audit', '--no-fund'], work);
const node = path.join(work, 'node_modules', '.bin', 'node');
const seconds = run(node, ['node_modules/astro/bin/astro.mjs', 'build'], work);

/** Sizes count what a host stores once: the .gz/.br twins only this site writes are left out. */
const precompressed = /\.(gz|br)$/;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ours = path.join(projectRoot, 'dist');
const theirs = path.join(work, 'dist');
const pageWeight = async (distDir: string) => firstLoadWeight(distDir, await readFile(path.join(distDir, 'messaging/kafka/index.html'), 'utf8'));
const [ourPage, theirPage] = await Promise.all([pageWeight(ours), pageWeight(theirs)]);
console.log(`\nStarlight ${versions['@astrojs/starlight']}: 노트 ${notes}개, 콜드 빌드 ${seconds.toFixed(1)} s (다이어그램은 그리지 않고 코드로 둡니다)`);
console.log('\n                         인프라 노트      Starlight');
console.log(`dist/ (압축본 제외)     ${mb(await directorySize(ours, precompressed)).padStart(12)} ${mb(await directorySize(theirs, precompressed)).padStart(14)}`);
console.log(
  `Pagefind 색인           ${mb(await directorySize(path.join(ours, 'pagefind'), precompressed)).padStart(12)} ${mb(await directorySize(path.join(theirs, 'pagefind'), precompressed)).padStart(14)}`,
);
console.log(`/messaging/kafka/ HTML  ${kb(ourPage.html).padStart(12)} ${kb(theirPage.html).padStart(14)}   (gzip)`);
console.log(`               CSS      ${kb(ourPage.css).padStart(12)} ${kb(theirPage.css).padStart(14)}`);
console.log(`               JS       ${kb(ourPage.js).padStart(12)} ${kb(theirPage.js).padStart(14)}`);
// Loaded on the first hover or keyboard focus of a link in a note, not with the page (budget ≤ 3 KB).
const previewChunk = (await readdir(path.join(ours, '_astro'))).find((file) => /^link-preview\.[\w-]+\.js$/.test(file));
if (previewChunk) console.log(`  링크 미리보기 JS (첫 사용 때) ${kb(gzipSync(await readFile(path.join(ours, '_astro', previewChunk)), { level: 9 }).length).padStart(8)}`);
console.log(`\nLighthouse: BENCH_PAGES_DIST=${theirs} BENCH_PAGES_PATHS=/,/messaging/kafka/ npm run bench:pages`);
