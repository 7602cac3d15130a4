import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type LocalSite, siteFontFiles } from '../browser/local-site.ts';
import { browserService } from '../browser/service.ts';
import { mapWithConcurrency } from '../concurrency.ts';
import { markUsed, pruneUnused, writeCacheFile } from '../file-cache.ts';
import { fontFamily } from '../fonts/font-files.ts';
import { sourceFingerprint } from '../source-fingerprint.ts';
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
/** Cards drawn at once: the card pool's size (src/lib/browser/service.ts), so no card waits for a page. */
const cardsInParallel = 2;

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
  for (const bar of mark.bars) {
    context.globalAlpha = bar.alpha;
    context.fillStyle = bar.color;
    context.beginPath();
    context.roundRect(bar.x, bar.y, bar.width, bar.height, bar.radius);
    context.fill();
  }
  context.globalAlpha = 1;
  return canvas.toDataURL('image/jpeg', quality).slice('data:image/jpeg;base64,'.length);
}

/** The card page: a canvas and the site font, on a local site (no network). */
async function cardSite(): Promise<LocalSite> {
  const files = await siteFontFiles();
  files.set('/', { contentType: 'text/html; charset=utf-8', body: cardPageHtml });
  return {
    origin: 'http://og-renderer.invalid',
    files,
    // The layout is the same tested function the Node side imports, carried over as source.
    ready: async (page) => {
      await page.evaluate(`window.layoutCard = ${layoutCard.toString()}`);
    },
  };
}

/**
 * Where each card lives in the cache: a hash of its texts and of everything that paints it — this module
 * and every project file it imports (design, layout, painting code, JPEG quality), found through its
 * imports, and the lockfile (the font, Chromium's driver) — so a changed design redraws every card
 * without anyone bumping a number.
 */
async function cardCache(cacheDir: string): Promise<(card: CardText) => string> {
  await mkdir(cacheDir, { recursive: true });
  const painter = await sourceFingerprint({ entries: ['src/lib/og/render-og-images.ts'], files: ['package-lock.json'] });
  return (card) => {
    const key = createHash('sha256')
      .update(JSON.stringify([painter, card.title, card.category, card.siteName]))
      .digest('hex')
      .slice(0, 32);
    return path.join(cacheDir, `${key}.jpg`);
  };
}

/** Paints each distinct card into its cache file on the card pages of the build's browser; returns how many. */
async function drawIntoCache(cards: Array<{ card: CardText; cacheFile: string }>): Promise<number> {
  const distinct = [...new Map(cards.map((entry) => [entry.cacheFile, entry])).values()];
  if (distinct.length === 0) return 0;
  const pool = browserService.pool('cards', cardSite);
  await browserService.run(() =>
    mapWithConcurrency(distinct, cardsInParallel, async ({ card, cacheFile }) => {
      const request: DrawRequest = { text: card, design: cardDesign, family: fontFamily, quality: jpegQuality };
      const jpeg = Buffer.from(await pool.use((page) => page.evaluate(drawCardInPage, request)), 'base64');
      await writeCacheFile(cacheFile, jpeg);
    }),
  );
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
 * Korean font, so the Hangul title renders as on the page. Cards come from the cache when there (see cardCache).
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
