import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { fontStylesheetPath } from '../fonts/font-files.ts';

/** One file a local site serves: text made in memory, or a file read from disk (once per process). */
export type LocalFile = { contentType: string } & ({ body: string } | { file: string });

/**
 * A page's whole world: a made-up origin (under `.invalid`, a name that can never resolve) and the only
 * files it may load, by path. Diagrams and cards are drawn in such pages, so what they measure and paint
 * depends on these files alone, never on the network or on what else the machine serves.
 */
export interface LocalSite {
  origin: string;
  /** pathname → file; `/` is the page itself. */
  files: Map<string, LocalFile>;
  /** Runs once the page has loaded, before it is handed out. */
  ready?: (page: Page) => Promise<void>;
}

const fileBodies = new Map<string, Promise<Buffer>>();
const readOnce = (file: string) => {
  let body = fileBodies.get(file);
  if (!body) {
    body = readFile(file);
    fileBodies.set(file, body);
  }
  return body;
};

/**
 * Opens `site` in `page`: every request goes through Playwright's routing, which answers from the
 * allow-list and aborts everything else (another origin, an unlisted path). No navigation timeout: the page
 * loads from memory and disk only, and on a busy machine the 30 s default was reached while loading
 * Mermaid's bundle, failing a legal build.
 */
export async function openLocalSite(page: Page, site: LocalSite): Promise<void> {
  page.setDefaultNavigationTimeout(0);
  page.setDefaultTimeout(0);
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const entry = url.origin === site.origin ? site.files.get(decodeURIComponent(url.pathname)) : undefined;
    if (!entry) return route.abort('blockedbyclient');
    const body = 'body' in entry ? entry.body : await readOnce(entry.file);
    return route.fulfill({ contentType: entry.contentType, body });
  });
  await page.goto(`${site.origin}/`);
  await site.ready?.(page);
}

/**
 * The site font's files as a local site serves them: `/font.css` (Pretendard's dynamic-subset stylesheet)
 * and every woff2 slice it names, at the relative paths the stylesheet uses.
 */
export async function siteFontFiles(): Promise<Map<string, LocalFile>> {
  const fontDirectory = path.dirname(fontStylesheetPath);
  const css = await readFile(fontStylesheetPath, 'utf8');
  const files = new Map<string, LocalFile>([['/font.css', { contentType: 'text/css', file: fontStylesheetPath }]]);
  for (const [, relative] of css.matchAll(/url\((?:'|")?\.\/([^)'"]+\.woff2)(?:'|")?\)/g)) {
    const file = path.join(fontDirectory, relative!);
    files.set(`/${relative}`, { contentType: 'font/woff2', file });
  }
  // Fail here, not with a silently missing glyph later, if the package's layout changed.
  if (files.size < 2) throw new Error(`${fontStylesheetPath}에서 글꼴 파일을 찾지 못했습니다.`);
  return files;
}
