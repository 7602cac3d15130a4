import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../browser.ts';
import { fontFamily, fontStylesheetPath } from '../fonts/font-files.ts';

export interface OgImageJob {
  /** Absolute output path of the PNG. */
  file: string;
  title: string;
  category: string;
  siteName: string;
}

/** Bump when the card design changes, so cached images are redrawn. */
const templateRevision = 2;
/** JPEG rather than PNG: a card encodes in ~34 ms instead of ~154 ms and weighs ~37 KB instead of ~232 KB. */
const jpegQuality = 90;
const origin = 'http://og-renderer.invalid';

/** The card page; `fillCard` swaps the texts in place, so the font is loaded once for all cards. */
function cardHtml(): string {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><link rel="stylesheet" href="/font.css"><style>
    html, body { margin: 0; width: 1200px; height: 630px; }
    body { font-family: "${fontFamily}", sans-serif; word-break: keep-all; background: #0f1a3d; color: #fff;
      display: flex; flex-direction: column; justify-content: space-between; padding: 72px 80px; box-sizing: border-box;
      background-image: linear-gradient(135deg, #1f4fd1 0%, #0f1a3d 70%); }
    .category { font-size: 34px; font-weight: 600; color: #b9cdff; }
    .title { font-size: 80px; font-weight: 800; line-height: 1.25; letter-spacing: -0.01em; }
    .title.long { font-size: 64px; }
    .site { font-size: 32px; font-weight: 700; display: flex; align-items: center; gap: 16px; color: #e7edff; }
    .mark { width: 44px; height: 44px; border-radius: 10px; background: #fff; display: inline-block; }
  </style></head><body>
    <div class="category" id="category"></div>
    <div class="title" id="title"></div>
    <div class="site"><span class="mark"></span><span id="site"></span></div>
  </body></html>`;
}

/** Loads the card template with the site font, served from disk through request routing (no network). */
async function openCardPage(page: Page): Promise<void> {
  const fontDir = path.dirname(fontStylesheetPath);
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: cardHtml() });
    if (url.pathname === '/font.css') return route.fulfill({ contentType: 'text/css', body: await readFile(fontStylesheetPath) });
    const fontFile = path.join(fontDir, path.normalize(decodeURIComponent(url.pathname)));
    if (fontFile.startsWith(fontDir) && fontFile.endsWith('.woff2')) return route.fulfill({ contentType: 'font/woff2', body: await readFile(fontFile) });
    return route.abort();
  });
  await page.goto(`${origin}/`);
}

/**
 * Draws each page's Open Graph card (1200×630 JPEG) in Chromium with the site's own Korean font, so the
 * Hangul title renders as on the page. Cards are cached by their text and design revision.
 */
export async function renderOgImages(jobs: OgImageJob[], cacheDir: string): Promise<{ rendered: number; cached: number }> {
  const stats = { rendered: 0, cached: 0 };
  const pending: Array<OgImageJob & { cacheFile: string }> = [];
  await mkdir(cacheDir, { recursive: true });
  for (const job of jobs) {
    await mkdir(path.dirname(job.file), { recursive: true });
    const key = createHash('sha256').update(JSON.stringify([templateRevision, job.title, job.category, job.siteName])).digest('hex').slice(0, 32);
    const cacheFile = path.join(cacheDir, `${key}.jpg`);
    try {
      await copyFile(cacheFile, job.file);
      stats.cached++;
    } catch {
      pending.push({ ...job, cacheFile });
    }
  }
  if (pending.length === 0) return stats;

  const browser = await launchChromium();
  try {
    // Two pages draw in turn from one queue: on two cores that halves the wall time of a cold build.
    let next = 0;
    const drawWithOnePage = async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
      await openCardPage(page);
      while (next < pending.length) {
        const job = pending[next++]!;
        // Texts go in as textContent: a title can never become markup.
        await page.evaluate(
          async ({ title, category, siteName, family }) => {
            document.getElementById('title')!.textContent = title;
            document.getElementById('title')!.classList.toggle('long', title.length > 24);
            document.getElementById('category')!.textContent = category;
            document.getElementById('site')!.textContent = siteName;
            await document.fonts.load(`800 80px "${family}"`, title + category + siteName);
            await document.fonts.ready;
          },
          { title: job.title, category: job.category, siteName: job.siteName, family: fontFamily },
        );
        const jpeg = await page.screenshot({ type: 'jpeg', quality: jpegQuality });
        await writeFile(job.cacheFile, jpeg);
        await writeFile(job.file, jpeg);
        stats.rendered++;
      }
    };
    await Promise.all([drawWithOnePage(), drawWithOnePage()]);
  } finally {
    await browser.close();
  }
  return stats;
}
