import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { fontFamily, fontStylesheetPath } from '../fonts/font-files.ts';

/**
 * The page the diagrams are measured in. It is served from a made-up origin through Playwright's
 * request routing, so it loads Mermaid and the site's own font files from disk and nothing from the
 * network. It is `lang="ko"` like the site: a CJK font measures spaces differently under another lang,
 * and a label measured under `lang="en"` is clipped on a `lang="ko"` page.
 */
const origin = 'http://diagram-renderer.invalid';
const require = createRequire(import.meta.url);
const mermaidBundlePath = require.resolve('mermaid/dist/mermaid.min.js');
const fontDirectory = path.dirname(fontStylesheetPath);

const html = `<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<link rel="stylesheet" href="/font.css">
<style>body { margin: 0; font-family: "${fontFamily}", sans-serif; }</style>
<script src="/mermaid.js"></script>
</head><body><div id="stage"></div></body></html>`;

export async function openRenderPage(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    if (url.pathname === '/mermaid.js') return route.fulfill({ contentType: 'text/javascript', body: await readFile(mermaidBundlePath) });
    if (url.pathname === '/font.css') return route.fulfill({ contentType: 'text/css', body: await readFile(fontStylesheetPath) });
    const fontFile = path.join(fontDirectory, path.normalize(decodeURIComponent(url.pathname)));
    if (fontFile.startsWith(fontDirectory) && fontFile.endsWith('.woff2')) {
      return route.fulfill({ contentType: 'font/woff2', body: await readFile(fontFile) });
    }
    return route.abort();
  });
  await page.goto(`${origin}/`);
}

export function mermaidVersion(): string {
  return (require('mermaid/package.json') as { version: string }).version;
}
