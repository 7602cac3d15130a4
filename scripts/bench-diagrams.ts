// `npm run bench:diagrams`: what a diagram weighs and what each step of src/lib/mermaid/minify-svg.ts saves.
// Draws every ```mermaid block of content/ afresh (no cache), then prints the average bytes per diagram
// (raw and gzipped alone) for: the light and dark SVGs Mermaid wrote before (two per diagram, its theme's
// stylesheet in each), one of them, and the SVG after each minifying step; then, when dist/ exists, what
// the built pages ship per diagram (the SVG as Astro wrote it into the HTML). Figures only, no assertion.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { svgStepSizes } from '../src/lib/mermaid/minify-svg.ts';
import { MermaidRenderer } from '../src/lib/mermaid/renderer.ts';

async function diagramSources(): Promise<string[]> {
  const sources: string[] = [];
  for (const entry of await readdir('content', { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
    const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(/^```mermaid\n([\s\S]*?)^```/gm)) sources.push(match[1]!.trim());
  }
  return sources.sort();
}

const sources = await diagramSources();
const cacheDir = await mkdtemp(path.join(tmpdir(), 'bench-diagrams-'));
const renderer = new MermaidRenderer(cacheDir);
const rows = new Map<string, { bytes: number; gzip: number }>();
const add = (label: string, bytes: number, gzip: number) => {
  const row = rows.get(label) ?? { bytes: 0, gzip: 0 };
  rows.set(label, { bytes: row.bytes + bytes, gzip: row.gzip + gzip });
};
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
try {
  for (const source of sources) {
    const light = await renderer.drawRaw(createHash('sha256').update(source).digest('hex'), source, 'default');
    const dark = await renderer.drawRaw(createHash('sha256').update(source).digest('hex'), source, 'dark');
    if ('error' in light || 'error' in dark) throw new Error(`다이어그램을 그릴 수 없습니다: ${source.slice(0, 60)}`);
    add('이전: 밝은·어두운 SVG 두 개 (Mermaid 테마)', Buffer.byteLength(light.svg) + Buffer.byteLength(dark.svg), gz(light.svg) + gz(dark.svg));
    add('SVG 하나 (Mermaid 그대로)', Buffer.byteLength(light.svg), gz(light.svg));
    // Each step's size, with the gzip size of the same cumulative result.
    for (const { step, svg } of svgStepSizes(light.svg)) add(`+ ${step}`, Buffer.byteLength(svg), gz(svg));
    const shipped = await renderer.render(source);
    add('= 렌더러가 내는 SVG (id 이름 포함)', Buffer.byteLength(shipped.svg), gz(shipped.svg));
  }
} finally {
  await renderer.close();
  await rm(cacheDir, { recursive: true, force: true });
}

const count = sources.length;
const kb = (bytes: number) => `${(bytes / count / 1024).toFixed(1)} KB`;
console.log(`다이어그램 ${count}개, 다이어그램 하나당 평균 (gzip은 다이어그램 하나만 압축한 크기; 줄인 양은 앞 줄보다)`);
let before: number | undefined;
for (const [label, { bytes, gzip }] of rows) {
  const saved = before === undefined || label.startsWith('=') ? '' : `−${((before - bytes) / count / 1024).toFixed(1)} KB`;
  console.log(`${kb(bytes).padStart(8)}  gzip ${kb(gzip).padStart(7)}  ${saved.padStart(9)}  ${label}`);
  if (!label.startsWith('=')) before = bytes;
}

// What the built site ships: the canvas of every figure, as written into the pages.
if (existsSync('dist')) {
  let figures = 0;
  let bytes = 0;
  for (const entry of await readdir('dist', { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const html = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of html.matchAll(/<div class="diagram-canvas[^"]*">[\s\S]*?<\/svg><\/div>/g)) {
      figures++;
      bytes += Buffer.byteLength(match[0]);
    }
  }
  if (figures > 0) console.log(`dist/의 페이지: 그림 ${figures}개, 그림 하나당 ${(bytes / figures / 1024).toFixed(1)} KB (SVG와 그 div)`);
}
