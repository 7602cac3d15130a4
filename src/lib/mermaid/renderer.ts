import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildCacheDirs } from '../../config/site.ts';
import { browserService } from '../browser/service.ts';
import { cachedJson } from '../file-cache.ts';
import { fontFamily, fontStack } from '../fonts/font-files.ts';
import { sourceFingerprint } from '../source-fingerprint.ts';
import { minifySvg } from './minify-svg.ts';
import { diagramSite } from './render-page.ts';
import { renameSvgIds } from './svg-ids.ts';

/**
 * The diagram kinds (Mermaid's `aria-roledescription`) the site's stylesheet paints (global.css, "diagrams").
 * Another kind would come out in no colours or one, so it is reported instead of shipped unpainted.
 */
const themedDiagramKinds = ['flowchart-v2', 'sequence'] as const;

export interface RenderedDiagram {
  /** One SVG for every theme and print: its colours are the site's custom properties (minify-svg.ts). */
  svg: string;
  /** Every text label in the diagram, in order, without repeats: for the text alternative and search. */
  labels: string[];
}

export interface RenderOptions {
  /**
   * How many times the same diagram came earlier on the page (0 for the first): the copies get their own
   * element ids, so a page showing one diagram twice has no duplicate ids.
   */
  occurrence?: number;
  /** Where the diagram is (`content/x.mdx:12`), for warnings. */
  where?: string;
}

/** A diagram Mermaid could not parse or draw; `line` counts from the first line of the diagram. */
export class DiagramSyntaxError extends Error {
  readonly line?: number;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'DiagramSyntaxError';
    this.line = line;
  }
}

/** A diagram Mermaid drew, of a kind the site's stylesheet does not paint (see `themedDiagramKinds`). */
export class UnthemedDiagramError extends DiagramSyntaxError {
  constructor(kind: string) {
    super(`이 사이트는 '${kind}' 다이어그램에 색을 입히지 않습니다`);
    this.name = 'UnthemedDiagramError';
  }
}

/**
 * No time limit on a render. A limit that a legal diagram could reach on a busy machine would make the
 * build's result depend on load. Mermaid itself bounds the work instead: it refuses a source longer than
 * `maxTextSize` characters or a flowchart with more than `maxEdges` edges (set explicitly below, at its
 * defaults), and its layouts finish on any input within those bounds. A diagram still drawing after
 * `slowRenderNoticeMs` is reported again each time that passes, naming the note, so a hang (a Mermaid bug)
 * is seen in the log and ends with the CI job's own time limit rather than being cut off silently here.
 */
const limits = { maxTextSize: 50_000, maxEdges: 500 };
const slowRenderNoticeMs = 60_000;
/** Ten times the largest diagram of the notes today (1,102 characters, 27 lines): worth a look, still drawn. */
const largeDiagram = { characters: 10_000, lines: 250 };

interface RenderRequest {
  source: string;
  svgId: string;
  /** Mermaid's theme. The site draws with 'default' and drops its colours; 'dark' is for the benchmark's "before". */
  theme: 'default' | 'dark';
  fontFamily: string;
  fontStack: string;
  limits: typeof limits;
}
type RenderResponse = { svg: string; labels: string[]; kind: string } | { error: string; line?: number };

/** Runs inside the render page. Kept free of outer variables: Playwright serialises it as source. */
async function renderInPage(request: RenderRequest): Promise<RenderResponse> {
  // biome-ignore lint/suspicious/noExplicitAny: Mermaid's browser bundle sets an untyped global.
  const mermaid = (window as unknown as { mermaid: any }).mermaid;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    // Any theme draws the same layout; its colours are dropped (minify-svg.ts) for the site's own.
    theme: request.theme,
    fontFamily: request.fontStack,
    ...request.limits,
    // SVG <text> labels instead of HTML in <foreignObject>: the size is fixed at build time either way,
    // but SVG text does not inherit the page's line-height or word-break, so it cannot overflow its box.
    htmlLabels: false,
    flowchart: { htmlLabels: false, useMaxWidth: true },
    sequence: { useMaxWidth: true },
    // As the site's stylesheet sets it for the shipped SVG, so the text is measured as it is shown.
    themeCSS: 'text { letter-spacing: normal; }',
  });
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  try {
    await document.fonts.load(`16px "${request.fontFamily}"`, request.source);
    await document.fonts.load(`bold 16px "${request.fontFamily}"`, request.source);
    await document.fonts.ready;
    await mermaid.parse(request.source);
    const { svg } = await mermaid.render(request.svgId, request.source, stage);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const labels: string[] = [];
    for (const text of doc.querySelectorAll('text')) {
      const value = (text.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (value && !labels.includes(value)) labels.push(value);
    }
    return { svg, labels, kind: doc.documentElement.getAttribute('aria-roledescription') ?? '' };
  } catch (error) {
    const err = error as { message?: string; str?: string; hash?: { loc?: { first_line?: number }; line?: number } };
    const message = String(err.message ?? err.str ?? error);
    const line = err.hash?.loc?.first_line ?? (Number(/line (\d+)/i.exec(message)?.[1]) || undefined);
    return { error: message.split('\n')[0], line };
  } finally {
    stage.replaceChildren();
    document.getElementById(`d${request.svgId}`)?.remove();
  }
}

/** The element-id prefix of a diagram: from its source (and its repeat on the page), never from render order. */
function idPrefix(source: string, occurrence: number): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return `mmd-${hash}${occurrence > 0 ? `-${occurrence + 1}` : ''}`;
}

/**
 * Renders Mermaid diagrams to static SVG on the build's one browser (src/lib/browser/service.ts), a few
 * pages at a time, and keeps the results in a cache keyed on the source and on everything that draws it —
 * the renderer's own source files (found through its imports) and the lockfile (Mermaid, the font) — so an
 * unchanged diagram is never rendered twice, even across builds. The cache is a folder of JSON files and is
 * safe to delete. Element ids in the SVG come from the diagram's hash and document order (svg-ids.ts).
 */
export class MermaidRenderer {
  // Mutable state lives in #private fields: the renderer is an option of the Markdown processor, which
  // Astro serializes into its incremental-build config hash, and counters that differ from one build to
  // the next would make every build after one that drew a diagram look like a new configuration.
  #inFlight = new Map<string, Promise<RenderedDiagram>>();
  #fingerprint?: Promise<string>;
  #stats = { rendered: 0, cached: 0 };

  get stats(): { rendered: number; cached: number } {
    return this.#stats;
  }

  readonly cacheDir: string;

  constructor(cacheDir: string) {
    this.cacheDir = cacheDir;
  }

  async render(source: string, { occurrence = 0, where = '(다이어그램)' }: RenderOptions = {}): Promise<RenderedDiagram> {
    const key = await this.cacheKey(source);
    let job = this.#inFlight.get(key);
    if (!job) {
      warnIfLarge(source, where);
      job = this.renderUncached(key, source, where).finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, job);
    }
    const diagram = await job;
    if (occurrence === 0) return diagram;
    return { ...diagram, svg: renameSvgIds(diagram.svg, idPrefix(source, occurrence)) };
  }

  /** Closes the process's browser (shared with the cards); for scripts and tests that are done drawing. */
  async close(): Promise<void> {
    await browserService.close();
  }

  private async renderUncached(key: string, source: string, where: string): Promise<RenderedDiagram> {
    const { value, hit } = await cachedJson(path.join(this.cacheDir, `${key}.json`), () => this.draw(key, source, where));
    this.#stats[hit ? 'cached' : 'rendered']++;
    return value;
  }

  /** Draws a diagram on one page of the diagram pool, then strips it to what the site ships. */
  private async draw(key: string, source: string, where: string): Promise<RenderedDiagram> {
    const started = Date.now();
    const notice = setInterval(() => {
      console.warn(`[diagrams] ${where}: 다이어그램을 ${Math.round((Date.now() - started) / 1000)}초째 그리고 있습니다. 크기를 줄이거나 나누세요.`);
    }, slowRenderNoticeMs);
    notice.unref();
    try {
      const response = await this.drawRaw(key, source);
      if ('error' in response) throw new DiagramSyntaxError(response.error, response.line);
      if (!(themedDiagramKinds as readonly string[]).includes(response.kind)) {
        throw new UnthemedDiagramError(response.kind);
      }
      return { svg: renameSvgIds(minifySvg(response.svg), idPrefix(source, 0)), labels: response.labels };
    } finally {
      clearInterval(notice);
    }
  }

  /** Mermaid's own SVG, before minify-svg.ts: for the renderer and for `npm run bench:diagrams`. */
  async drawRaw(key: string, source: string, theme: RenderRequest['theme'] = 'default'): Promise<RenderResponse> {
    return browserService.run(() =>
      browserService.pool('diagrams', diagramSite).use((page: Page) => page.evaluate(renderInPage, { source, svgId: `mmd-${key.slice(0, 10)}`, theme, fontFamily, fontStack, limits })),
    );
  }

  private async cacheKey(source: string): Promise<string> {
    this.#fingerprint ??= sourceFingerprint({ entries: ['src/lib/mermaid/renderer.ts'], files: ['package-lock.json'] });
    return createHash('sha256')
      .update(await this.#fingerprint)
      .update(source)
      .digest('hex')
      .slice(0, 32);
  }
}

function warnIfLarge(source: string, where: string): void {
  const lines = source.split('\n').filter((line) => line.trim()).length;
  if (source.length > largeDiagram.characters || lines > largeDiagram.lines) {
    console.warn(
      `[diagrams] ${where}: 다이어그램이 매우 큽니다 (${source.length}자, ${lines}줄; 보통 ${largeDiagram.characters}자·${largeDiagram.lines}줄 이하). ` +
        '그리기가 오래 걸릴 수 있습니다. 고치는 법: 다이어그램을 여러 개로 나누세요.',
    );
  }
}

/** One renderer per build process; its pages live in the build's browser service, closed when the build ends. */
export const sharedRenderer = new MermaidRenderer(path.resolve(buildCacheDirs.diagrams));
