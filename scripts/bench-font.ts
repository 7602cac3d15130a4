// `npm run bench:font [dist folder…]`: the web font a first visit downloads, per page, from a built site
// (dist/ by default; name several folders to compare builds): the woff2 files whose unicode-range meets the
// page's visible text, their bytes, and the font rules' own bytes (inline in the page and the stylesheet it
// links, brotli as served). Counted from the files, as a browser would choose them, without a browser.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { webFontStylesheetMeta } from '../src/lib/fonts/font-files.ts';
import { visibleText } from '../src/lib/fonts/site-font-plan.ts';
import { codePointsOf } from '../src/lib/fonts/unicode-range.ts';

const dists = process.argv.length > 2 ? process.argv.slice(2) : ['dist'];
const pages = ['', 'messaging/kafka/', 'data/redis/', 'glossary/', 'study/', 'search/'];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const br = (text: string) => brotliCompressSync(text).length;

for (const dist of dists) {
  console.log(`\n${dist}`);
  console.log(`${'page'.padEnd(22)}${'chars'.padStart(6)}${'files'.padStart(7)}${'font'.padStart(11)}${'rules inline (br)'.padStart(20)}${'rules linked (br)'.padStart(20)}`);
  let sum = 0;
  for (const page of pages) {
    const html = await readFile(path.join(dist, page, 'index.html'), 'utf8');
    const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!).join('');
    const href = new RegExp(`<meta name="${webFontStylesheetMeta}" content="([^"]+)"`).exec(html)?.[1];
    const linked = href ? await readFile(path.join(dist, href), 'utf8') : '';
    const text = new Set([...visibleText(html)].map((character) => character.codePointAt(0)!));
    let bytes = 0;
    let files = 0;
    for (const [, url, range] of `${inline}${linked}`.matchAll(/@font-face\{[^}]*?src:url\(([^)]+\.woff2)\)[^}]*unicode-range:([^;}]+)/g)) {
      if (!codePointsOf(range!).some((codePoint) => text.has(codePoint))) continue;
      bytes += (await stat(path.join(dist, url!))).size;
      files++;
    }
    sum += bytes;
    console.log(`/${page.padEnd(21)}${String(text.size).padStart(6)}${String(files).padStart(7)}${kb(bytes).padStart(11)}${kb(br(inline)).padStart(20)}${(href ? kb(br(linked)) : '-').padStart(20)}`);
  }
  console.log(`average font bytes of these pages: ${kb(sum / pages.length)}`);
}
