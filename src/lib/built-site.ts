import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { scriptHash } from './csp.ts';
import { cachedJson, pruneUnused } from './file-cache.ts';
import { openingLimit, openingText, type SectionSummary } from './section-summary.ts';

/** What the checks need of one built page. */
export interface BuiltPage {
  /** Root-relative URL without the base path: `/messaging/kafka/`. */
  url: string;
  file: string;
  /** Every element id on the page (headings, alias anchors, questions …). */
  ids: Set<string>;
  /** h2/h3 ids in order: the sections a link may point at, as recorded in the anchor registry. */
  sectionIds: string[];
  /** The same sections with their heading text and opening words, for share pages and link previews. */
  sections: SectionSummary[];
  /** Old ids kept as aliases (`{/* #id alias:old *\/}`): alias → the id of the heading it now names. */
  aliases: Record<string, string>;
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
const parserRevision = createHash('sha256')
  .update([parsePage, readElement, readScripting, readSectionText, tableRowText, textOf, openingText, scriptHash].map(String).join('\n'))
  .update(String(openingLimit))
  .digest('hex');

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
  const page: BuiltPage = { url, file, ids: new Set(), sectionIds: [], sections: [], aliases: {}, links: [], meta: {}, inlineScripts: [], scriptingAttributes: [], bytes: Buffer.byteLength(html) };
  const openings: string[][] = [];
  readElement(parse(html), false, page, base, openings);
  page.sections.forEach((section, index) => {
    section.opening = openingText(openings[index] ?? []);
  });
  // A part that starts straight with its sub-sections is summed up by their headings (`핵심 개념` → `Redis란 · 주요 사용처`).
  page.sections.forEach((section, index) => {
    if (section.opening || section.level !== 2) return;
    const next = page.sections.slice(index + 1);
    const end = next.findIndex((later) => later.level === 2);
    section.opening = openingText((end === -1 ? next : next.slice(0, end)).map((sub) => sub.title));
  });
  return page;
}

/** Visits the elements under `parent` in document order; `inProse` says an ancestor is the note's `.prose`. */
function readElement(parent: DefaultTreeAdapterTypes.ParentNode, inProse: boolean, page: BuiltPage, base: string, openings: string[][], inTextBlock = false): void {
  for (const node of parent.childNodes) {
    if (!('tagName' in node)) continue;
    // Plain HTML attributes only: an SVG `xlink:href` is not a link the reader follows.
    const attribute = (name: string) => node.attrs.find((candidate) => candidate.name === name && !candidate.prefix)?.value;
    const id = attribute('id');
    if (id !== undefined) {
      page.ids.add(id);
      const aliasOf = attribute('data-alias-of');
      if (aliasOf !== undefined) page.aliases[id] = aliasOf;
      // Section ids are the note's own h2/h3 (inside .prose), not page furniture such as "출처".
      if ((node.tagName === 'h2' || node.tagName === 'h3') && inProse) {
        page.sectionIds.push(id);
        page.sections.push({ id, level: node.tagName === 'h2' ? 2 : 3, title: textOf(node).replace(/\s+/g, ' ').trim(), opening: '' });
        openings.push([]);
      }
    }
    const takesText = inProse && !inTextBlock && readSectionText(node, openings);
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
    // A nested list's items are blocks of their own, read after the item that holds them.
    const inBlock = node.tagName === 'ul' || node.tagName === 'ol' ? false : inTextBlock || takesText;
    readElement(node, inProse || isProse, page, base, openings, inBlock);
  }
}

/** Text blocks whose words open a section (a table by its rows: many sections are a comparison table). */
const textBlocks = new Set(['p', 'li', 'dt', 'dd', 'summary', 'tr']);

/** Adds a text block's words to the current section's opening, until there are enough. */
function readSectionText(node: DefaultTreeAdapterTypes.Element, openings: string[][]): boolean {
  const current = openings.at(-1);
  if (!current || !textBlocks.has(node.tagName)) return false;
  if (current.reduce((sum, block) => sum + block.length, 0) > openingLimit) return true;
  const cells = node.tagName === 'tr' ? node.childNodes.filter((cell) => 'tagName' in cell && (cell.tagName === 'th' || cell.tagName === 'td')) : [];
  current.push(cells.length > 0 ? tableRowText(cells.map((cell) => textOf(cell, true).replace(/\s+/g, ' ').trim())) : textOf(node, true));
  return true;
}

/** A comparison row as one phrase: `데이터 저장: 전체 복제 / 분산 샤딩`. */
function tableRowText(cells: string[]): string {
  const [first = '', ...rest] = cells;
  const values = rest.filter(Boolean);
  return values.length > 0 ? `${first}: ${values.join(' / ')}` : first;
}

/** What a reader reads of an element: no code, diagrams or hidden furniture (anchors, copy buttons). */
const silentTags = new Set(['svg', 'pre', 'script', 'style', 'template', 'button', 'img']);

function textOf(node: DefaultTreeAdapterTypes.ChildNode, withoutLists = false): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  if (!('tagName' in node) || silentTags.has(node.tagName)) return '';
  if (withoutLists && (node.tagName === 'ul' || node.tagName === 'ol')) return '';
  if (node.tagName === 'br') return ' ';
  const hidden = node.attrs.some(
    ({ name, value }) => name === 'data-pagefind-ignore' || (name === 'aria-hidden' && value === 'true') || (name === 'class' && /\b(visually-hidden|heading-anchor)\b/.test(value)),
  );
  if (hidden) return '';
  return node.childNodes.map((child) => textOf(child, withoutLists)).join('');
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

/**
 * The page a reader lands on at `url`: the page itself, or for a redirect page (a moved page) the page it
 * sends to; undefined when there is none. One reading of redirects for the link check, the anchor registry
 * and the share pages.
 */
export function landingPage(site: Map<string, BuiltPage>, url: string): BuiltPage | undefined {
  const page = site.get(url);
  return page?.redirectTo ? site.get(page.redirectTo.split('#')[0]!) : page;
}

/** `/infra-notes/messaging/kafka/` → `/messaging/kafka/` when the base is `/infra-notes/`. */
export function stripBase(pathname: string, base: string): string {
  if (base === '/' || !pathname.startsWith(base)) return pathname;
  return `/${pathname.slice(base.length)}`;
}
