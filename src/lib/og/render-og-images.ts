import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../browser.ts';
import { markUsed, pruneUnused, writeCacheFile } from '../file-cache.ts';
import { fontFamily, fontStylesheetPath } from '../fonts/font-files.ts';
import { type CardDesign, type CardText, cardDesign, layoutCard } from './card-layout.ts';

export interface OgImageJob {
  /** Absolute output path of the JPEG. */
  file: string;
  title: string;
  category: string;
  siteName: string;
}

/** ~33 KB a card; the gradient shows no banding at this quality. */
const jpegQuality = 0.85;
const origin = 'http://og-renderer.invalid';
const pagesInParallel = 2;

const cardPageHtml = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><link rel="stylesheet" href="/font.css"></head>
  <body><canvas id="card" width="${cardDesign.width}" height="${cardDesign.height}"></canvas></body></html>`;

interface DrawRequest {
  text: CardText;
  design: CardDesign;
  family: string;
  quality: number;
}

/**
 * Runs inside the card page: paints one card on the canvas and returns it as base64 JPEG. Painting on a
 * canvas and encoding it there takes ~20 ms a card; a page screenshot took ~45 ms, most of it waiting for
 * the compositor's frame. Kept free of outer variables: Playwright serialises it as source.
 */
async function drawCardInPage({ text, design, family, quality }: DrawRequest): Promise<string> {
  const layout = (window as unknown as { layoutCard: typeof layoutCard }).layoutCard;
  const canvas = document.getElementById('card') as HTMLCanvasElement;
  const context = canvas.getContext('2d')!;
  // One variable face serves every weight: loading it for the card's characters loads every slice needed.
  await document.fonts.load(`${design.title.weight} 80px "${family}"`, text.title + text.category + text.siteName);
  const measure = (run: string, font: string) => {
    context.font = font;
    context.letterSpacing = '0px';
    return context.measureText(run).width;
  };
  const drawing = layout(text, design, family, measure);

  // The gradient line of CSS's linear-gradient(angle): through the centre, long enough to reach the corners.
  const { width, height, background } = design;
  const angle = (background.angleDeg * Math.PI) / 180;
  const [dx, dy] = [Math.sin(angle), -Math.cos(angle)];
  const half = (Math.abs(width * dx) + Math.abs(height * dy)) / 2;
  const gradient = context.createLinearGradient(width / 2 - dx * half, height / 2 - dy * half, width / 2 + dx * half, height / 2 + dy * half);
  gradient.addColorStop(0, background.from);
  gradient.addColorStop(background.toStop, background.to);
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);

  context.textBaseline = 'middle';
  for (const run of drawing.runs) {
    context.font = run.font;
    context.letterSpacing = run.letterSpacing;
    context.fillStyle = run.color;
    context.fillText(run.text, run.x, run.middleY);
  }
  const { mark } = drawing;
  context.fillStyle = mark.color;
  context.beginPath();
  context.roundRect(mark.x, mark.y, mark.size, mark.size, mark.radius);
  context.fill();
  return canvas.toDataURL('image/jpeg', quality).slice('data:image/jpeg;base64,'.length);
}

/** Opens the card page with the site font served from disk through request routing (no network). */
async function openCardPage(page: Page): Promise<void> {
  const fontDir = path.dirname(fontStylesheetPath);
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: cardPageHtml });
    if (url.pathname === '/font.css') return route.fulfill({ contentType: 'text/css', body: await readFile(fontStylesheetPath) });
    const fontFile = path.join(fontDir, path.normalize(decodeURIComponent(url.pathname)));
    if (fontFile.startsWith(fontDir) && fontFile.endsWith('.woff2')) return route.fulfill({ contentType: 'font/woff2', body: await readFile(fontFile) });
    return route.abort();
  });
  await page.goto(`${origin}/`);
  // The layout is the same tested function the Node side imports, carried over as source.
  await page.evaluate(`window.layoutCard = ${layoutCard.toString()}`);
}

/** Where each card lives in the cache: a hash of its texts and of everything that paints it. */
async function cardCache(cacheDir: string): Promise<(card: CardText) => string> {
  await mkdir(cacheDir, { recursive: true });
  const painter = createHash('sha256')
    .update(JSON.stringify([cardDesign, jpegQuality, layoutCard.toString(), drawCardInPage.toString(), cardPageHtml]))
    .update(await readFile(fontStylesheetPath))
    .digest('hex');
  return (card) => {
    const key = createHash('sha256').update(JSON.stringify([painter, card.title, card.category, card.siteName])).digest('hex').slice(0, 32);
    return path.join(cacheDir, `${key}.jpg`);
  };
}

/** Paints each distinct card into its cache file, a few browser pages at a time from one queue; returns how many. */
async function drawIntoCache(cards: Array<{ card: CardText; cacheFile: string }>): Promise<number> {
  const distinct = [...new Map(cards.map((entry) => [entry.cacheFile, entry])).values()];
  if (distinct.length === 0) return 0;
  const browser = await launchChromium();
  try {
    let next = 0;
    const drawWithOnePage = async () => {
      const page = await browser.newPage();
      await openCardPage(page);
      while (next < distinct.length) {
        const { card, cacheFile } = distinct[next++]!;
        const request: DrawRequest = { text: card, design: cardDesign, family: fontFamily, quality: jpegQuality };
        const jpeg = Buffer.from(await page.evaluate(drawCardInPage, request), 'base64');
        await writeCacheFile(cacheFile, jpeg);
      }
    };
    await Promise.all(Array.from({ length: pagesInParallel }, drawWithOnePage));
  } finally {
    await browser.close();
  }
  return distinct.length;
}

/**
 * Draws the cards a build is expected to need before it needs them: started while Astro renders the pages
 * (work that leaves a core idle part of the time), so the post-build step mostly copies. Cards already
 * cached are skipped. Returns how many were drawn.
 */
export async function prefillOgCards(cards: CardText[], cacheDir: string): Promise<number> {
  const fileOf = await cardCache(cacheDir);
  return drawIntoCache(cards.map((card) => ({ card, cacheFile: fileOf(card) })).filter(({ cacheFile }) => !existsSync(cacheFile)));
}

/**
 * Writes each page's Open Graph card (1200×630 JPEG), painted on a canvas in Chromium with the site's own
 * Korean font, so the Hangul title renders as on the page. Cards come from the cache when there (a card is
 * cached under a hash of its texts and of everything that paints it — design, layout and painting code,
 * JPEG quality, font files — so a changed design redraws every card without anyone bumping a number).
 */
export async function renderOgImages(jobs: OgImageJob[], cacheDir: string): Promise<{ rendered: number; cached: number }> {
  const fileOf = await cardCache(cacheDir);
  const planned = await Promise.all(
    jobs.map(async (job) => {
      await mkdir(path.dirname(job.file), { recursive: true });
      const card: CardText = { title: job.title, category: job.category, siteName: job.siteName };
      const cacheFile = fileOf(card);
      return { file: job.file, card, cacheFile, cached: existsSync(cacheFile) };
    }),
  );
  const missing = planned.filter((job) => !job.cached);
  await markUsed(...new Set(planned.filter((job) => job.cached).map((job) => job.cacheFile)));
  await drawIntoCache(missing);
  await Promise.all(planned.map((job) => copyFile(job.cacheFile, job.file)));
  await pruneUnused(cacheDir);
  return { rendered: missing.length, cached: planned.length - missing.length };
}
