import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildCacheDirs } from '../../config/site.ts';
import { launchChromium } from '../browser.ts';
import { cachedJson } from '../file-cache.ts';
import { fontFamily, fontStack, fontStylesheetPath } from '../fonts/font-files.ts';
import { mermaidVersion, openRenderPage } from './render-page.ts';

export const diagramThemes = ['light', 'dark'] as const;
export type DiagramTheme = (typeof diagramThemes)[number];

export interface RenderedDiagram {
  svg: Record<DiagramTheme, string>;
  /** Every text label in the diagram, in order, without repeats: for the text alternative and search. */
  labels: string[];
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

/** Bump when the render settings below change, so cached SVGs made with the old settings are not reused. */
const rendererRevision = 3;
const pagesInParallel = 2;
/** A diagram that takes longer than this is reported, not waited on forever (a layout can loop). */
const renderTimeoutMs = 60_000;

interface RenderRequest {
  source: string;
  svgId: string;
  theme: DiagramTheme;
  fontFamily: string;
  fontStack: string;
}
type RenderResponse = { svg: string; labels: string[] } | { error: string; line?: number };

/** Runs inside the render page. Kept free of outer variables: Playwright serialises it as source. */
async function renderInPage(request: RenderRequest): Promise<RenderResponse> {
  const mermaid = (window as unknown as { mermaid: any }).mermaid;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: request.theme === 'dark' ? 'dark' : 'default',
    fontFamily: request.fontStack,
    // SVG <text> labels instead of HTML in <foreignObject>: the size is fixed at build time either way,
    // but SVG text does not inherit the page's line-height or word-break, so it cannot overflow its box.
    htmlLabels: false,
    flowchart: { htmlLabels: false, useMaxWidth: true },
    sequence: { useMaxWidth: true },
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
    return { svg, labels };
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

/**
 * Renders Mermaid diagrams to static SVG in one Chromium per process, a few pages at a time, and keeps
 * the results in a cache keyed on the source, the Mermaid version, the font files and the render
 * settings, so an unchanged diagram is never rendered twice, even across builds. The cache is a folder
 * of JSON files and is safe to delete.
 */
export class MermaidRenderer {
  // Mutable state lives in #private fields: the renderer is an option of the Markdown processor, which
  // Astro serializes into its incremental-build config hash, and counters that differ from one build to
  // the next would make every build after one that drew a diagram look like a new configuration.
  #browser?: Promise<Browser>;
  #idlePages: Page[] = [];
  #waiting: Array<{ resolve: (page: Page) => void; reject: (error: unknown) => void }> = [];
  #pageCount = 0;
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

  render(source: string): Promise<RenderedDiagram> {
    const work = (async () => {
      const key = await this.cacheKey(source);
      const existing = this.#inFlight.get(key);
      if (existing) return existing;
      const job = this.renderUncached(key, source).finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, job);
      return job;
    })();
    return work;
  }

  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = undefined;
    this.#idlePages = [];
    this.#pageCount = 0;
    if (browser) await (await browser).close();
  }

  private async renderUncached(key: string, source: string): Promise<RenderedDiagram> {
    const { value, hit } = await cachedJson(path.join(this.cacheDir, `${key}.json`), () => this.draw(key, source));
    this.#stats[hit ? 'cached' : 'rendered']++;
    return value;
  }

  /** Draws a diagram in both themes on one of the pages. */
  private async draw(key: string, source: string): Promise<RenderedDiagram> {
    const page = await this.acquirePage();
    let pageIsUsable = true;
    try {
      const svg = {} as Record<DiagramTheme, string>;
      let labels: string[] = [];
      for (const theme of diagramThemes) {
        const response = await withTimeout(
          page.evaluate(renderInPage, { source, svgId: `mmd-${key.slice(0, 10)}-${theme}`, theme, fontFamily, fontStack }),
          renderTimeoutMs,
        );
        if ('error' in response) throw new DiagramSyntaxError(response.error, response.line);
        svg[theme] = response.svg;
        labels = response.labels;
      }
      return { svg, labels };
    } catch (error) {
      if (error instanceof RenderTimeout) pageIsUsable = false;
      throw error;
    } finally {
      if (pageIsUsable) this.releasePage(page);
      else await this.replacePage(page);
    }
  }

  private async acquirePage(): Promise<Page> {
    const idle = this.#idlePages.pop();
    if (idle) return idle;
    if (this.#pageCount >= pagesInParallel) return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
    this.#pageCount++;
    try {
      this.#browser ??= launchChromium();
      const page = await (await this.#browser).newPage();
      await openRenderPage(page);
      return page;
    } catch (error) {
      // Nobody else will free a page if the browser cannot start: fail every waiting render too.
      this.#pageCount--;
      for (const waiter of this.#waiting.splice(0)) waiter.reject(error);
      throw error;
    }
  }

  private releasePage(page: Page): void {
    const next = this.#waiting.shift();
    if (next) next.resolve(page);
    else this.#idlePages.push(page);
  }

  /** A page stuck in a runaway layout is closed, and its slot is handed to the next waiting render. */
  private async replacePage(page: Page): Promise<void> {
    await page.close().catch(() => undefined);
    this.#pageCount--;
    const next = this.#waiting.shift();
    if (next) this.acquirePage().then(next.resolve, next.reject);
  }

  private async cacheKey(source: string): Promise<string> {
    this.#fingerprint ??= readFile(fontStylesheetPath).then((css) =>
      createHash('sha256').update(css).update(mermaidVersion()).update(String(rendererRevision)).digest('hex'),
    );
    return createHash('sha256').update(await this.#fingerprint).update(source).digest('hex').slice(0, 32);
  }
}

class RenderTimeout extends DiagramSyntaxError {}

function withTimeout<T>(work: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderTimeout(`${milliseconds / 1000}초 안에 그리지 못했습니다 (레이아웃이 끝나지 않음)`)), milliseconds);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** One renderer per build process; the integration closes it when the build ends. */
export const sharedRenderer = new MermaidRenderer(path.resolve(buildCacheDirs.diagrams));
