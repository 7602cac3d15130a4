import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { scriptHash } from './csp.ts';
import { cachedJson, pruneUnused } from './file-cache.ts';

/** What the checks need of one built page. */
export interface BuiltPage {
  /** Root-relative URL without the base path: `/messaging/kafka/`. */
  url: string;
  file: string;
  /** Every element id on the page (headings, alias anchors, questions …). */
  ids: Set<string>;
  /** h2/h3 ids in order: the sections a link may point at, as recorded in the anchor registry. */
  sectionIds: string[];
  /** Every `<a href>` as written. */
  links: string[];
  /** A redirect page (Astro writes these for `redirects`): where it sends the reader. */
  redirectTo?: string;
  /** `<meta>` contents by `property` or `name` (og:title, og:image, article:section …). */
  meta: Record<string, string>;
  /** Every inline `<script>` (no src), by its CSP hash, with the start of its text to name it by. */
  inlineScripts: Array<{ hash: string; excerpt: string }>;
  /** Script that runs without a `<script>`: event-handler attributes and `javascript:` URLs, as written. */
  scriptingAttributes: string[];
  /** Size of the page's HTML in bytes. */
  bytes: number;
}

/**
 * Reads every HTML page of a build in `distDir` once, for the link checker and the anchor registry.
 * `base` is the site's base path; URLs are returned without it so they compare with content URLs.
 * With `cacheDir`, what a page yields is kept under a hash of its bytes, URL, base and the parser's own
 * code: a rebuild that restored most pages byte for byte parses only the changed ones.
 */
export async function readBuiltSite(distDir: string, base = '/', cacheDir?: string): Promise<Map<string, BuiltPage>> {
  const files = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
  // Parsing is CPU-bound (~3 ms a page): a large site is parsed on every core, a small one right here.
  const workers = Math.min(availableParallelism(), 4);
  const parsed =
    files.length < parallelFrom || workers < 2
      ? await parseFiles(distDir, files, base, cacheDir)
      : (await Promise.all(chunk(files, workers).map((part) => parseInWorker(distDir, part, base, cacheDir)))).flat();
  if (cacheDir) await pruneUnused(cacheDir);
  return new Map(parsed.map((page) => [page.url, page]));
}

/** Below this many pages a worker's start-up costs more than it saves. */
const parallelFrom = 300;

export async function parseFiles(distDir: string, files: string[], base: string, cacheDir?: string): Promise<BuiltPage[]> {
  return Promise.all(
    files.map(async (relative) => {
      const file = path.join(distDir, relative);
      const html = await readFile(file, 'utf8');
      const url = pageUrlOf(relative.split(path.sep).join('/'));
      if (!cacheDir) return parsePage(url, file, html, base);
      return parseCached(url, file, html, base, cacheDir);
    }),
  );
}

/** The parser's own source is part of every cache key: change how a page is read and nothing stale is reused. */
const parserRevision = createHash('sha256').update(parsePage.toString()).update(readElement.toString()).update(readScripting.toString()).update(scriptHash.toString()).digest('hex');

async function parseCached(url: string, file: string, html: string, base: string, cacheDir: string): Promise<BuiltPage> {
  const key = createHash('sha256')
    .update(JSON.stringify([parserRevision, url, base]))
    .update(html)
    .digest('hex');
  const { value } = await cachedJson(path.join(cacheDir, key.slice(0, 2), `${key}.json`), () => {
    // Stored without the file path (the same page may be read from another dist/) and with ids as a list.
    const { file: _file, ids, ...rest } = parsePage(url, file, html, base);
    return { ...rest, ids: [...ids] };
  });
  return { ...value, file, ids: new Set(value.ids) };
}

function chunk<T>(items: T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, index) => items.slice(index * size, (index + 1) * size)).filter((part) => part.length > 0);
}

function parseInWorker(distDir: string, files: string[], base: string, cacheDir?: string): Promise<BuiltPage[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./built-site-worker.ts', import.meta.url), { workerData: { distDir, files, base, cacheDir } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`페이지를 읽는 워커가 종료 코드 ${code}로 끝났습니다.`)));
  });
}

function pageUrlOf(relative: string): string {
  if (relative === 'index.html') return '/';
  if (relative.endsWith('/index.html')) return `/${relative.slice(0, -'index.html'.length)}`;
  return `/${relative}`;
}

/**
 * Reads a page with parse5 itself (the HTML standard's parsing, as browsers do) and walks its tree directly:
 * converting it to hast first doubled the cost, ~9 ms a page, which a 3,000-page cold build felt.
 */
function parsePage(url: string, file: string, html: string, base: string): BuiltPage {
  const page: BuiltPage = { url, file, ids: new Set(), sectionIds: [], links: [], meta: {}, inlineScripts: [], scriptingAttributes: [], bytes: Buffer.byteLength(html) };
  readElement(parse(html), false, page, base);
  return page;
}

/** Visits the elements under `parent` in document order; `inProse` says an ancestor is the note's `.prose`. */
function readElement(parent: DefaultTreeAdapterTypes.ParentNode, inProse: boolean, page: BuiltPage, base: string): void {
  for (const node of parent.childNodes) {
    if (!('tagName' in node)) continue;
    // Plain HTML attributes only: an SVG `xlink:href` is not a link the reader follows.
    const attribute = (name: string) => node.attrs.find((candidate) => candidate.name === name && !candidate.prefix)?.value;
    const id = attribute('id');
    if (id !== undefined) {
      page.ids.add(id);
      // Section ids are the note's own h2/h3 (inside .prose), not page furniture such as "출처".
      if ((node.tagName === 'h2' || node.tagName === 'h3') && inProse) page.sectionIds.push(id);
    }
    const href = node.tagName === 'a' ? attribute('href') : undefined;
    if (href !== undefined) page.links.push(href);
    if (node.tagName === 'meta') {
      const content = attribute('content');
      const key = attribute('property') ?? attribute('name');
      if (content !== undefined && key !== undefined) page.meta[key] = content;
      if (content !== undefined && attribute('http-equiv')?.toLowerCase() === 'refresh') {
        const target = /url=(.+)$/i.exec(content)?.[1];
        if (target) page.redirectTo = stripBase(target, base);
      }
    }
    readScripting(node, page);
    const isProse = attribute('class')?.split(/\s+/).includes('prose') ?? false;
    readElement(node, inProse || isProse, page, base);
  }
}

/**
 * What of an element can run code, for the CSP check: an inline script's text (hashed exactly as the
 * browser hashes it), an `on…` attribute, a `javascript:` URL (browsers ignore spaces and control
 * characters in it, so they are dropped before looking).
 */
function readScripting(node: DefaultTreeAdapterTypes.Element, page: BuiltPage): void {
  if (node.tagName === 'script' && !node.attrs.some((attribute) => attribute.name === 'src' || attribute.name === 'href')) {
    const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
    page.inlineScripts.push({ hash: scriptHash(text), excerpt: text.trim().replace(/\s+/g, ' ').slice(0, 60) });
  }
  for (const { name, value, prefix } of node.attrs) {
    const written = `<${node.tagName} ${prefix ? `${prefix}:` : ''}${name}="${value.slice(0, 60)}">`;
    if (/^on[a-z]+$/i.test(name)) page.scriptingAttributes.push(written);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a browser drops control characters and spaces before a URL's scheme.
    else if (/^(href|src|action|formaction|data|poster|cite|background)$/.test(name) && /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) page.scriptingAttributes.push(written);
  }
}

/** `/infra-notes/messaging/kafka/` → `/messaging/kafka/` when the base is `/infra-notes/`. */
export function stripBase(pathname: string, base: string): string {
  if (base === '/' || !pathname.startsWith(base)) return pathname;
  return `/${pathname.slice(base.length)}`;
}
