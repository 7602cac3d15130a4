// The synthetic site of the benchmarks: N notes made of the real notes' sentences, built with the site's own
// build into a folder of their own. `npm run bench:build` times that build; `npm run bench:search` searches
// the result. One generator, so both measure the same site.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { categories } from '../../src/lib/categories.ts';
import { siteBuildEnv } from './site-build.ts';

/** Sentences of the real notes: realistic Korean text, mixed with the English terms the notes use. */
export async function sentenceBank(): Promise<string[]> {
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

/** One note: headings, a table, code, and one Mermaid diagram in five. */
function syntheticNote(index: number, category: string, order: number, bank: string[]): string {
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

/**
 * Writes `size` synthetic notes (and empty data files) under `root/content`, and returns the environment
 * that builds them with caches under `root/cache`: a second build with the same root is a warm build.
 */
export async function writeSyntheticSite(root: string, size: number, bank: string[]): Promise<NodeJS.ProcessEnv> {
  for (let index = 0; index < size; index++) {
    const category = categories[index % categories.length]!.slug;
    const order = Math.floor(index / categories.length) + 1;
    await mkdir(path.join(root, 'content', category), { recursive: true });
    await writeFile(path.join(root, 'content', category, `synthetic-${index}.mdx`), syntheticNote(index, category, order, bank));
  }
  for (const file of ['checklist.yaml', 'glossary.yaml']) await writeFile(path.join(root, 'content', file), '[]\n');
  return siteBuildEnv(root, path.join(root, 'content'));
}
