// `npm run bench:search`: search speed in Chromium against the built site (run `npm run build` first).
// Prints the bytes a cold first query fetches (search code, term index, Pagefind's wasm, meta, index
// chunks and fragments), then median and p95 milliseconds from the last keystroke to results painted,
// over the Korean query suite, warm. Figures only: nothing here asserts a timing.
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { basePath } from '../src/config/site.ts';
import { launchChromium } from '../src/lib/browser.ts';
import { searchCases } from '../tests/e2e/search-queries.ts';
import { startStaticServer } from './lib/static-server.ts';

const { server, url } = await startStaticServer({ root: 'dist', base: basePath, port: Number(process.env.BENCH_PORT ?? 4359) });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await page.goto(`${url}messaging/kafka/`, { waitUntil: 'networkidle' });

  // Cold: everything the first search needs, from opening the dialog to the first results painted,
  // Pagefind's worker included. Sizes are the bytes on the wire from this uncompressing server, with the
  // gzip size beside them (what nginx sends, from the build's .gz twins).
  const coldFiles: Array<{ url: string; bytes: number }> = [];
  const onFinished = async (request: import('playwright-core').Request) => {
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) coldFiles.push({ url: request.url().replace(url, '/'), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  };
  page.context().on('requestfinished', onFinished);
  const coldStart = Date.now();
  await page.keyboard.press('/');
  await page.locator('#search-dialog input').fill('카프카');
  await page.locator('#search-dialog [data-testid="search-results"][data-query="카프카"] a').first().waitFor();
  const coldMs = Date.now() - coldStart;
  await page.waitForTimeout(300);
  page.context().off('requestfinished', onFinished);
  const gzipSize = async (file: string) => {
    const local = path.join('dist', decodeURIComponent(file.replace(/^\//, '').split('?')[0]!));
    return existsSync(`${local}.gz`) ? (await stat(`${local}.gz`)).size : existsSync(local) ? (await stat(local)).size : 0;
  };
  const gzipBytes = (await Promise.all(coldFiles.map((file) => gzipSize(file.url)))).reduce((sum, bytes) => sum + bytes, 0);
  const coldBytes = coldFiles.reduce((sum, file) => sum + file.bytes, 0);

  // Warm: each query typed into the open dialog; time from the input event to the list answering it, painted.
  const timings: number[] = [];
  for (const { query } of searchCases) {
    const elapsed = await page.evaluate(async (text) => {
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
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text.slice(-1), inputType: 'insertText' }));
      await answered;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return performance.now() - start;
    }, query);
    timings.push(elapsed);
  }
  timings.sort((a, b) => a - b);
  const at = (fraction: number) => timings[Math.min(timings.length - 1, Math.floor(fraction * timings.length))]!;
  console.log(
    `cold first query: ${coldFiles.length} requests, ${(coldBytes / 1024).toFixed(1)} KB uncompressed, ${(gzipBytes / 1024).toFixed(1)} KB with gzip (as nginx serves it), ${coldMs} ms to first results`,
  );
  for (const file of coldFiles) console.log(`  ${file.url} ${file.bytes}`);
  console.log(`warm, ${timings.length} queries: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms (keystroke → results painted)`);
} finally {
  await browser.close();
  server.close();
}
