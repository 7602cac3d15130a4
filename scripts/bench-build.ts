// `npm run bench:build`: how the build grows with the notes. Generates synthetic notes (Korean sentences
// taken from the real notes, headings, a table, code, one Mermaid diagram in five) at N = 30, 300 and
// 3,000 pages in a temporary folder and builds each with `npm run build` (the note check included) three
// times — cold (every cache empty), warm (nothing changed) and after one note's body changed — printing wall
// time, peak memory of the whole process tree, time per page, dist/ size, Pagefind index size and where the
// time went (check, Astro's stages, each post-build step). Beside them, the same notes built by stock Starlight
// (installed with npm in the temporary folder): cold and after the same edit.
// BENCH_SIZES=30,300 limits the sizes; BENCH_STARLIGHT=0 skips Starlight, BENCH_STARLIGHT_DIR=<folder> installs it
// there once for later runs (compare:starlight's <folder>/starlight works too); the folder is removed afterwards
// (BENCH_KEEP=1 keeps it, with every build's log).
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { categories } from '../src/lib/categories.ts';
import { directorySize } from './lib/directory-size.ts';
import { buildSite, editNote, siteBuildEnv } from './lib/site-build.ts';
import { starlightSite } from './lib/starlight-site.ts';
import { formatStages } from './lib/timed-build.ts';
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

const bank = await sentenceBank();
const work = await mkdtemp(path.join(tmpdir(), 'infra-notes-bench-'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`문장 ${bank.length}개로 합성 노트를 만듭니다. 작업 폴더: ${work}\n`);
console.log('pages  site       run     wall s   s/page   peak MB   dist      pagefind');
const row = (size: number, site: string, run: string, seconds: number, peakMb: number, dist: string, pagefind: string) =>
  [
    String(size).padStart(5),
    site.padEnd(10),
    run.padEnd(6),
    seconds.toFixed(1).padStart(8),
    (seconds / size).toFixed(3).padStart(8),
    peakMb.toFixed(0).padStart(9),
    dist.padStart(9),
    pagefind.padStart(10),
  ].join('  ');
const splits: string[] = [];
try {
  for (const size of sizes) {
    const root = path.join(work, `n${size}`);
    const content = path.join(root, 'content');
    for (let index = 0; index < size; index++) {
      const category = categories[index % categories.length]!.slug;
      const order = Math.floor(index / categories.length) + 1;
      await mkdir(path.join(content, category), { recursive: true });
      await writeFile(path.join(content, category, `synthetic-${index}.mdx`), note(index, category, order, bank));
    }
    for (const file of ['checklist.yaml', 'glossary.yaml']) await writeFile(path.join(content, file), '[]\n');
    // The note edited for "one note changed": the same one in both sites.
    const edited = path.join(categories[0]!.slug, 'synthetic-0.mdx');

    if (process.env.BENCH_STARLIGHT !== '0') {
      // One Starlight install for every size (npm install takes minutes); each size starts it cold.
      const starlight = await starlightSite(process.env.BENCH_STARLIGHT_DIR ?? path.join(work, 'starlight'), content);
      for (const run of ['cold', 'edited']) {
        if (run === 'edited') await editNote(path.join(starlight.docs, edited));
        const { seconds, peakMb } = await starlight.build(path.join(root, `starlight-${run}.log`));
        const dist = path.join(starlight.dir, 'dist');
        console.log(row(size, 'Starlight', run, seconds, peakMb, mb(await directorySize(dist)), mb(await directorySize(path.join(dist, 'pagefind')))));
      }
    }

    const env = siteBuildEnv(root, content);
    for (const run of ['cold', 'warm', 'edited']) {
      if (run === 'edited') await editNote(path.join(content, edited));
      const outDir = path.join(root, `dist-${run}`);
      const { seconds, peakMb, stages } = await buildSite(env, outDir, path.join(root, `build-${run}.log`));
      console.log(row(size, '인프라 노트', run, seconds, peakMb, mb(await directorySize(outDir)), mb(await directorySize(path.join(outDir, 'pagefind')))));
      console.log(`${' '.repeat(19)}절 공유 페이지 (dist 중 비율, 단계 시간): ${await sharePagesSize(outDir, path.join(root, `build-${run}.log`))}`);
      splits.push(`${String(size).padStart(5)} ${run.padEnd(6)} ${formatStages(stages)}`);
    }
  }
  console.log('\n인프라 노트의 빌드 시간이 간 곳 (초):');
  for (const split of splits) console.log(split);
} finally {
  if (!process.env.BENCH_KEEP) await rm(work, { recursive: true, force: true });
}
