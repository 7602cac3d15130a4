import { mkdtemp, readdir, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mermaidAccessible } from '../../src/lib/checks/rules/mermaid-accessible.ts';
import { rehypeMermaid } from '../../src/lib/markdown/rehype-mermaid.ts';
import { DiagramSyntaxError, MermaidRenderer, UnthemedDiagramError } from '../../src/lib/mermaid/renderer.ts';
import { localImportGraph } from '../../src/lib/source-fingerprint.ts';
import { runPipeline } from './helpers/markdown.ts';

const korean = 'flowchart LR\n  accTitle: 트래픽 분산\n  accDescr: 사용자 요청이 로드 밸런서를 거쳐 서버로 간다.\n  A[사용자 요청] --> B[로드 밸런서] --> C[서버 1]';

let cacheDir: string;
let renderer: MermaidRenderer;
beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), 'diagram-cache-'));
  renderer = new MermaidRenderer(cacheDir);
});
afterAll(async () => {
  await renderer.close();
  await rm(cacheDir, { recursive: true, force: true });
});

/** Mermaid's own code-block shape after Astro's Shiki pass skipped it. */
const asMarkdown = (diagram: string) => `문단\n\n\`\`\`mermaid\n${diagram}\n\`\`\`\n`;

describe('MermaidRenderer', () => {
  it('renders one SVG with every Korean label, no script, and no colour or font of its own (the site paints it)', async () => {
    const result = await renderer.render(korean);
    expect(result.labels).toEqual(expect.arrayContaining(['사용자 요청', '로드 밸런서', '서버 1']));
    const svg = result.svg;
    expect(svg).toMatch(/^<svg [^>]*role="graphics-document document"[^>]*aria-labelledby="mmd-[0-9a-f]{10}-\d+"/);
    expect(svg).toContain('<title id="mmd-');
    expect(svg).toContain('<desc id="mmd-');
    expect(svg).toContain('사용자 요청');
    expect(svg).not.toMatch(/<script|foreignObject|onload=/i);
    expect(svg).not.toMatch(/<style|font-family|(?:fill|stroke)(?:="|:)\s*(?:#|rgb|hsl|black|white)|data-/i);
  });

  it("reports a diagram kind the site does not paint instead of shipping it in Mermaid's colours", async () => {
    const error = await renderer.render('pie\n  accTitle: 파이\n  accDescr: 나눔\n  "가" : 1\n  "나" : 2').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnthemedDiagramError);
    expect((error as Error).message).toContain("'pie'");
  });

  it('gives a diagram the same SVG whatever the render page drew before it (ids from the diagram, not render order)', async () => {
    // Sequence diagrams number their actors from a counter that lives as long as the render page.
    const sequence = 'sequenceDiagram\n  accTitle: 순서\n  accDescr: 클라이언트가 서버에 묻는다.\n  participant C as 클라이언트\n  participant S as 서버\n  C->>S: 요청\n  S-->>C: 응답';
    const fresh = async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'diagram-order-'));
      return { dir, renderer: new MermaidRenderer(dir) };
    };
    const first = await fresh();
    const alone = await first.renderer.render(sequence);
    const second = await fresh();
    for (let index = 0; index < 3; index++) await second.renderer.render(sequence.replace('요청', `요청 ${index}`));
    const afterOthers = await second.renderer.render(sequence);
    expect(second.renderer.stats).toEqual({ rendered: 4, cached: 0 });
    expect(afterOthers).toEqual(alone);
    const ids = [...alone.svg.matchAll(/<[^>]*\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThanOrEqual(3); // the title, the description, the arrowhead
    for (const id of ids) expect(id).toMatch(/^mmd-[0-9a-f]{10}-\d+$/);
    await Promise.all([first.dir, second.dir].map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('gives a repeat of a diagram on the same page its own ids', async () => {
    const once = await renderer.render(korean);
    const twice = await renderer.render(korean, { occurrence: 1 });
    const idsOf = (svg: string) => [...svg.matchAll(/<[^>]*\sid="([^"]+)"/g)].map((match) => match[1]!);
    const all = [once.svg, twice.svg].flatMap(idsOf);
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(new Set(all).size).toBe(all.length);
    expect(twice.svg).toBe(once.svg.replaceAll(/mmd-([0-9a-f]{10})-/g, 'mmd-$1-2-'));
  });

  it('uses the cache for an unchanged diagram and renders a changed one', async () => {
    const before = { ...renderer.stats };
    await renderer.render(korean);
    expect(renderer.stats.cached).toBe(before.cached + 1);
    expect(renderer.stats.rendered).toBe(before.rendered);
    await renderer.render(korean.replace('서버 1', '서버 2'));
    expect(renderer.stats.rendered).toBe(before.rendered + 1);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.json'))).toHaveLength(2);
  });

  it('keeps the cache across renderer instances (builds), marking what a build used', async () => {
    const entries = (await readdir(cacheDir)).filter((name) => name.endsWith('.json')).map((name) => path.join(cacheDir, name));
    const monthAgo = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
    await Promise.all(entries.map((file) => utimes(file, monthAgo, monthAgo)));
    const second = new MermaidRenderer(cacheDir);
    await second.render(korean);
    expect(second.stats).toEqual({ rendered: 0, cached: 1 });
    // The entry read is marked used (kept by the week-long pruning); the other one is not.
    const used = await Promise.all(entries.map(async (file) => (await stat(file)).mtimeMs > monthAgo.getTime()));
    expect(used.filter(Boolean)).toHaveLength(1);
  });

  it('keys its cache on the minifier too, so a change to what is stripped never reuses an old SVG', async () => {
    expect(await localImportGraph(['src/lib/mermaid/renderer.ts'])).toEqual(
      expect.arrayContaining(['src/lib/mermaid/minify-svg.ts', 'src/lib/mermaid/svg-tree.ts', 'src/lib/mermaid/svg-ids.ts', 'src/lib/mermaid/render-page.ts']),
    );
  });

  it('reports a syntax error with the diagram line', async () => {
    const error = await renderer.render('flowchart LR\n  A --> B\n  B -->> ((\n').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiagramSyntaxError);
    expect((error as DiagramSyntaxError).line).toBe(3);
  });
});

describe('rehypeMermaid', () => {
  it('replaces the block with a captioned figure holding one SVG and a text alternative', async () => {
    const { tree } = await runPipeline(asMarkdown(korean), { rehype: [[rehypeMermaid, { renderer }]] });
    const figures: Element[] = [];
    visit(tree as Root, 'element', (node: Element) => {
      if (node.tagName === 'figure') figures.push(node);
    });
    expect(figures).toHaveLength(1);
    const text = hastToString(figures[0]);
    expect(text).toContain('트래픽 분산');
    expect(text).toContain('사용자 요청이 로드 밸런서를 거쳐 서버로 간다.');
    expect(text).toContain('다이어그램 요소: 사용자 요청 · 로드 밸런서 · 서버 1');
    expect(figures[0].properties.ariaLabelledBy).toEqual(['diagram-1-caption']);
    const svgs: Element[] = [];
    visit(figures[0], 'element', (node: Element) => {
      if (node.tagName === 'svg') svgs.push(node);
    });
    expect(svgs).toHaveLength(1);
  });

  it('fails on an invalid diagram with the file and the line inside the note', async () => {
    const broken = 'flowchart LR\n  accTitle: 깨진 그림\n  accDescr: 문법 오류\n  A --> B\n  B -->> ((';
    await expect(runPipeline(asMarkdown(broken), { rehype: [[rehypeMermaid, { renderer }]] })).rejects.toThrowError(
      /content\/test\/note\.mdx:8:\d+ — Mermaid 다이어그램을 그릴 수 없습니다.*고치는 법/,
    );
  });

  it('fails on a diagram kind the site does not paint, saying which kinds it does', async () => {
    const pie = 'pie\n  accTitle: 파이\n  accDescr: 나눔\n  "가" : 1';
    await expect(runPipeline(asMarkdown(pie), { rehype: [[rehypeMermaid, { renderer }]] })).rejects.toThrowError(
      /'pie' 다이어그램에 색을 입히지 않습니다.*고치는 법: flowchart\(graph\)나 sequenceDiagram/,
    );
  });

  it('requires accTitle and accDescr', async () => {
    await expect(runPipeline(asMarkdown('flowchart LR\n  A --> B'), { remark: [mermaidAccessible], rehype: [[rehypeMermaid, { renderer }]] })).rejects.toThrowError(
      /note\.mdx:3:\d+ — 다이어그램에 accTitle과 accDescr이 없습니다/,
    );
  });
});
