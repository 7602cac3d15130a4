import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

export interface PageWeight {
  /** Gzipped bytes of the page's HTML. */
  html: number;
  /** Gzipped bytes of the stylesheets it links. */
  css: number;
  /** Gzipped bytes of its inline scripts, its script files and every module they import statically. */
  js: number;
  /** Script files fetched before the page is interactive, in the order found. */
  scripts: string[];
}

/**
 * What a first visit to one built page downloads before any interaction, gzipped: the HTML, linked CSS and
 * JavaScript — module scripts and the chunks they import statically (those load with the page); chunks
 * behind a dynamic import() (search, opened on demand) are not counted. `href`s are root-relative to dist.
 */
export function firstLoadWeight(distDir: string, html: string): PageWeight {
  const read = (href: string) => readFileSync(path.join(distDir, decodeURI(href.split('?')[0]!)));
  const stylesheets = [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel="stylesheet"/.test(tag))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)![1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
  const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
  const scripts: string[] = [];
  let js = inline.trim() ? gzipSize(inline) : 0;
  while (queue.length > 0) {
    const href = queue.shift()!;
    if (scripts.includes(href) || !href.startsWith('/')) continue;
    scripts.push(href);
    const source = read(href);
    js += gzipSize(source);
    // Static `import … from "./x.js"` and bare `import "./x.js"`; `import("./x.js")` is dynamic and skipped.
    for (const match of source.toString().matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(href), match[1]!));
    }
  }
  return { html: gzipSize(html), css: stylesheets.reduce((sum, href) => sum + gzipSize(read(href)), 0), js, scripts };
}
