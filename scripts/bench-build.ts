// `npm run bench:build`: how the build grows with the notes. Generates synthetic notes (Korean sentences
// taken from the real notes, headings, a table, code, one Mermaid diagram in five) at N = 30, 300 and
// 3,000 pages in a temporary folder, builds each twice — cold (empty diagram, card and compression caches) and warm —
// and prints wall time, peak memory, time per page, dist/ size and Pagefind index size.
// BENCH_SIZES=30,300 limits the sizes; the folder is removed afterwards (BENCH_KEEP=1 keeps it).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { categories } from '../src/lib/categories.ts';
import { directorySize } from './lib/directory-size.ts';
import { sharePagesSize } from './lib/share-pages-size.ts';

const sizes = (process.env.BENCH_SIZES ?? '30,300,3000').split(',').map(Number);

/** Sentences of the real notes: realistic Korean text, mixed with the English terms the notes use. */
async function sentenceBank(): Promise<string[]> {
  const sentences: string[] = [];
  for (const category of categories) {
    for (const file of await readdir(path.join('content', category.slug))) {
      const body = (await readFile(path.join('content', category.slug, file), 'utf8')).replace(/^---[\s\S]*?---/, '');
      for (const line of body.split('\n')) {
        const text = line.replace(/^[-*]\s+/, '').trim();
        if (/^[가-힣A-Za-z]/.test(text) && text.length > 20 && !/[<>{}|`[\]]/.test(text)) sentences.push(text);
      }
    }
  }
  return sentences;
}

function note(index: number, category: string, order: number, bank: string[]): string {
  const pick = (offset: number) => bank[(index * 7 + offset * 13) % bank.length]!;
  const diagram =
    index % 5 === 0
      ? `\n\`\`\`mermaid\nflowchart LR\n  accTitle: 합성 다이어그램 ${index}\n  accDescr: 요청이 게이트웨이와 서비스 ${index}를 거쳐 저장소로 간다.\n  A[클라이언트 요청] --> B[API 게이트웨이]\n  B --> C[서비스 ${index}]\n  C --> D[(저장소 ${index})]\n\`\`\`\n`
      : '';
  return `---
title: 합성 노트 ${index} (Synthetic ${index})
description: 빌드 벤치마크를 위해 만든 ${index}번째 합성 노트입니다.
category: ${category}
order: ${order}
tags: [벤치마크, 태그-${index % 20}]
updated: 2026-11-23
---

## 개념

${pick(1)}

- ${pick(2)}
- ${pick(3)}
- ${pick(4)}

## 구성 요소 ${index}

${pick(5)}

| 구분 | 설명 |
| --- | --- |
| 항목 ${index} | ${pick(6)} |
| 비교 | ${pick(7)} |

### 동작 방식

${pick(8)} ${pick(9)}
${diagram}
\`\`\`bash
# 예시 명령 ${index}
kafka-topics --describe --topic topic-${index} --bootstrap-server localhost:9092
\`\`\`

## 주의점

${pick(10)}

> ${pick(11)}
`;
}

/** Runs one build, sampling the resident memory of the whole process tree for the peak. */
async function build(env: NodeJS.ProcessEnv, outDir: string, logFile: string): Promise<{ seconds: number; peakMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // The build's own log (with Astro's timestamps per step) is kept beside the output: with BENCH_KEEP=1 it
  // shows where the time went.
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peakKb = 0;
  const sampler = setInterval(async () => {
    peakKb = Math.max(peakKb, await treeRssKb(child.pid!));
  }, 250);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`build failed (${code}):\n${stderr.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024 };
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

const bank = await sentenceBank();
const work = await mkdtemp(path.join(tmpdir(), 'infra-notes-bench-'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`문장 ${bank.length}개로 합성 노트를 만듭니다. 작업 폴더: ${work}\n`);
console.log('pages  run    wall s   s/page   peak MB   dist      pagefind   share pages (of dist, step s)');
try {
  for (const size of sizes) {
    const root = path.join(work, `n${size}`);
    for (let index = 0; index < size; index++) {
      const category = categories[index % categories.length]!.slug;
      const order = Math.floor(index / categories.length) + 1;
      await mkdir(path.join(root, 'content', category), { recursive: true });
      await writeFile(path.join(root, 'content', category, `synthetic-${index}.mdx`), note(index, category, order, bank));
    }
    for (const file of ['checklist.yaml', 'glossary.yaml']) await writeFile(path.join(root, 'content', file), '[]\n');
    const env = {
      ...process.env,
      CI: '',
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: path.join(root, 'content'),
      MDX_CACHE_DIR: path.join(root, 'cache', 'mdx'),
      DIAGRAM_CACHE_DIR: path.join(root, 'cache', 'diagrams'),
      OG_CACHE_DIR: path.join(root, 'cache', 'og'),
      PRECOMPRESS_CACHE_DIR: path.join(root, 'cache', 'precompress'),
      PARSED_PAGES_CACHE_DIR: path.join(root, 'cache', 'pages'),
      ASTRO_CACHE_DIR: path.join(root, 'cache', 'astro'),
    };
    for (const run of ['cold', 'warm']) {
      const outDir = path.join(root, `dist-${run}`);
      const { seconds, peakMb } = await build(env, outDir, path.join(root, `build-${run}.log`));
      const line = [
        String(size).padStart(5),
        run.padEnd(5),
        seconds.toFixed(1).padStart(8),
        (seconds / size).toFixed(3).padStart(8),
        peakMb.toFixed(0).padStart(9),
        mb(await directorySize(outDir)).padStart(9),
        mb(await directorySize(path.join(outDir, 'pagefind'))).padStart(10),
        await sharePagesSize(outDir, path.join(root, `build-${run}.log`)),
      ];
      console.log(line.join('  '));
    }
  }
} finally {
  if (!process.env.BENCH_KEEP) await rm(work, { recursive: true, force: true });
}
