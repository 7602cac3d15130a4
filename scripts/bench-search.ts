// `npm run bench:search`: search speed in Chromium, on the built site (run `npm run build` first) and on
// the 3,000-page synthetic site of `npm run bench:build` (built here into .cache/bench-search/, kept, so a
// second run is a warm build). For each site it prints the bytes a cold first query fetches (search code,
// term index, Pagefind's wasm, meta, index chunks and fragments), then median and p95 milliseconds from the
// keystroke to results painted over the Korean query suite, warm. Figures only: nothing here asserts a timing.
// BENCH_SEARCH_PAGES=0 skips the synthetic site (or sets its size); BENCH_SEARCH_FILES=1 lists every file.
import { existsSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { basePath } from '../src/config/site.ts';
import { launchChromium } from '../src/lib/browser.ts';
import { searchCases } from '../tests/e2e/search-queries.ts';
import { buildSite } from './lib/site-build.ts';
import { startStaticServer } from './lib/static-server.ts';
import { sentenceBank, writeSyntheticSite } from './lib/synthetic-site.ts';

const port = Number(process.env.BENCH_PORT ?? 4359);
const syntheticPages = Number(process.env.BENCH_SEARCH_PAGES ?? 3000);

async function measure(label: string, distDir: string, firstQuery: string): Promise<void> {
  const { server, url } = await startStaticServer({ root: distDir, base: basePath, port });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });

    // Cold: everything the first search needs, from opening the dialog to the first results painted.
    // Sizes are the bytes on the wire from this uncompressing server, with the gzip size beside them
    // (what nginx sends, from the build's .gz twins).
    const coldFiles: Array<{ url: string; bytes: number }> = [];
    const onFinished = async (request: Request) => {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) coldFiles.push({ url: request.url().replace(url, '/'), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    };
    page.context().on('requestfinished', onFinished);
    const coldStart = Date.now();
    await page.keyboard.press('/');
    await page.locator('#search-dialog input').fill(firstQuery);
    await page.locator(`#search-dialog [data-testid="search-results"][data-query="${firstQuery}"]`).waitFor({ state: 'attached', timeout: 120_000 });
    const firstResults = await page.locator('#search-dialog [data-testid="search-results"] a.search-result-link').count();
    const coldMs = Date.now() - coldStart;
    await page.waitForTimeout(300);
    page.context().off('requestfinished', onFinished);
    const gzipSize = async (file: string) => {
      const local = path.join(distDir, decodeURIComponent(file.replace(/^\//, '').split('?')[0]!));
      return existsSync(`${local}.gz`) ? (await stat(`${local}.gz`)).size : existsSync(local) ? (await stat(local)).size : 0;
    };
    // The web font switches in after the page's load event (src/lib/site-scripts.ts), so its stylesheet and
    // files often arrive while the first query runs: counted apart, they are the page's, not the search's.
    const isFont = (file: { url: string }) => file.url.includes('/_astro/fonts/');
    const fontFiles = coldFiles.filter(isFont);
    const searchFiles = coldFiles.filter((file) => !isFont(file));
    const gzipTotal = async (files: typeof coldFiles) => (await Promise.all(files.map((file) => gzipSize(file.url)))).reduce((sum, bytes) => sum + bytes, 0);
    const gzipBytes = await gzipTotal(searchFiles);
    const coldBytes = searchFiles.reduce((sum, file) => sum + file.bytes, 0);
    const fontBytes = await gzipTotal(fontFiles);

    // Warm: each query typed into the open dialog. Timed from the input event to the end of the frame that
    // paints the list answering it: the first animation frame after the answer runs that frame's rendering
    // (style, layout, paint), and a message posted from it is handled right after. (Until s18s the bench
    // waited for a second animation frame, one whole frame after the paint: that ruler is printed beside
    // for comparison, and can never read below one frame, 16.7 ms.)
    const painted: number[] = [];
    const nextFrame: number[] = [];
    for (const { query } of searchCases) {
      const [toPaint, toNextFrame] = await page.evaluate(async (text) => {
        const input = document.querySelector<HTMLInputElement>('#search-dialog input')!;
        const list = document.querySelector<HTMLElement>('#search-dialog [data-testid="search-results"]')!;
        const answered = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (list.dataset.query === text.trim()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
        });
        // Start from an empty box, as a reader typing a new query would (the panel skips a repeated query).
        input.value = '';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const start = performance.now();
        input.value = text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text.slice(-1), inputType: 'insertText' }));
        await answered;
        return new Promise<[number, number]>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            let paintedAt = 0;
            channel.port1.onmessage = () => (paintedAt = performance.now() - start);
            channel.port2.postMessage(undefined);
            requestAnimationFrame(() => resolve([paintedAt, performance.now() - start]));
          }),
        );
      }, query);
      painted.push(toPaint);
      nextFrame.push(toNextFrame);
    }
    const figures = (timings: number[]) => {
      const sorted = [...timings].sort((a, b) => a - b);
      const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!.toFixed(1);
      return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
    };
    console.log(`\n${label}`);
    console.log(
      `  cold first query (${firstQuery}, ${firstResults} results): ${searchFiles.length} requests, ${(coldBytes / 1024).toFixed(1)} KB uncompressed, ${(gzipBytes / 1024).toFixed(1)} KB with gzip (as nginx serves it), ${coldMs} ms to first results` +
        (fontFiles.length > 0 ? `; besides, the page's web font arrived meanwhile (${fontFiles.length} files, ${(fontBytes / 1024).toFixed(1)} KB)` : ''),
    );
    const listed = process.env.BENCH_SEARCH_FILES ? coldFiles : searchFiles.filter((file) => file.bytes >= 10_000);
    for (const file of listed) console.log(`    ${file.url} ${(file.bytes / 1024).toFixed(1)} KB`);
    console.log(`  warm, ${painted.length} queries: ${figures(painted)} (keystroke → results painted)`);
    console.log(`  the same to the frame after (the ruler before s18s): ${figures(nextFrame)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await measure('built site (dist/)', 'dist', '카프카');

if (syntheticPages > 0) {
  const root = path.resolve('.cache', 'bench-search', `n${syntheticPages}`);
  // Notes are rewritten every run (the generator may have changed); the caches beside them are kept.
  await rm(path.join(root, 'content'), { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const env = await writeSyntheticSite(root, syntheticPages, await sentenceBank());
  const outDir = path.join(root, 'dist');
  // BENCH_SEARCH_BUILD=0 measures the synthetic site built last time again (to compare two runs of the bench).
  const built = process.env.BENCH_SEARCH_BUILD === '0' ? 'not rebuilt' : `built in ${(await buildSite(env, outDir, path.join(root, 'build.log'))).seconds.toFixed(0)} s`;
  // The synthetic notes are made of sentences that never name 카프카 (see sentenceBank); 파티션 is in a third of them.
  await measure(`synthetic site, ${syntheticPages} pages (${built}; log: ${path.relative('.', root)}/build.log)`, outDir, '파티션');
}
