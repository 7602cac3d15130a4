import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserService } from '../../src/lib/browser/service.ts';
import { launchChromium } from '../../src/lib/browser.ts';
import { type CardText, cardDesign, layoutCard } from '../../src/lib/og/card-layout.ts';
import { prefillOgCards, renderOgImages } from '../../src/lib/og/render-og-images.ts';
import { siteCards } from '../../src/lib/og/site-cards.ts';

/** A stand-in for the browser's measureText: every character is `0.9 × size` wide. */
const measure = (text: string, font: string) => Array.from(text).length * 0.9 * Number(/(\d+)px/.exec(font)![1]);
const layout = (title: string) => layoutCard({ title, category: '메시징', siteName: '인프라 노트' }, cardDesign, 'Test', measure);
const lineWidth = cardDesign.width - 2 * cardDesign.paddingX;
const titleRuns = (title: string) => layout(title).runs.slice(1, -1);

describe('layoutCard', () => {
  it('puts the category on top, the site name beside its mark at the bottom, the title between', () => {
    const { runs, mark } = layout('Kafka 고가용성');
    expect(runs.map((run) => run.text)).toEqual(['메시징', 'Kafka 고가용성', '인프라 노트']);
    const [category, title, site] = runs;
    expect(category!.middleY).toBeLessThan(title!.middleY);
    expect(title!.middleY).toBeLessThan(site!.middleY);
    expect(mark.y + mark.size).toBe(cardDesign.height - cardDesign.paddingY);
    expect(site!.x).toBe(mark.x + mark.size + cardDesign.site.gap);
  });

  it("draws the site's logo as the mark: the favicon's bars, in the square, in a colour that shows on it", () => {
    const { mark } = layout('Kafka');
    const favicon = readFileSync('public/favicon.svg', 'utf8');
    // The favicon's bars: every rect after the background square.
    const bars = [...favicon.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((match) => match.slice(1).map(Number));
    expect(bars.length).toBeGreaterThan(0);
    expect(mark.bars).toHaveLength(bars.length);
    const unit = mark.size / 32;
    mark.bars.forEach((bar, index) => {
      const [x, y, width, height] = bars[index]!;
      expect(bar.x).toBeCloseTo(mark.x + x! * unit);
      expect(bar.y).toBeCloseTo(mark.y + y! * unit);
      expect(bar.width).toBeCloseTo(width! * unit);
      expect(bar.height).toBeCloseTo(height! * unit);
      expect(bar.color.toLowerCase()).not.toBe(mark.color.toLowerCase());
      expect(bar.alpha).toBeGreaterThan(0);
      expect(bar.y + bar.height).toBeLessThanOrEqual(mark.y + mark.size);
    });
  });

  it('keeps a short title at the largest size on one line, centred between category and site name', () => {
    const [title] = titleRuns('Docker');
    expect(title!.font).toContain(' 80px');
    const { runs } = layout('Docker');
    const categoryBottom = cardDesign.paddingY + cardDesign.category.size * cardDesign.category.lineHeight;
    const siteTop = cardDesign.height - cardDesign.paddingY - cardDesign.site.markSize;
    expect(runs[1]!.middleY).toBeCloseTo((categoryBottom + siteTop) / 2, 5);
  });

  it('breaks lines only between words (keep-all) and never past the line width', () => {
    const title = 'CAP 정리와 PACELC 분산 시스템에서 일관성과 가용성 사이의 선택';
    const lines = titleRuns(title);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((run) => run.text).join(' ')).toBe(title);
    for (const run of lines) expect(measure(run.text, run.font)).toBeLessThanOrEqual(lineWidth);
  });

  it('steps down a size when the title does not fit, and breaks a word wider than a line between characters', () => {
    const word = '노드어피니티테인트톨러레이션스케줄링우선순위선점'.repeat(2);
    const lines = titleRuns(word);
    expect(lines[0]!.font).toContain(' 64px');
    expect(lines.map((run) => run.text).join('')).toBe(word);
    for (const run of lines) expect(measure(run.text, run.font)).toBeLessThanOrEqual(lineWidth);
  });

  it('ends a title too long for the smallest size with "…" instead of running off the card', () => {
    const lines = titleRuns(Array.from({ length: 40 }, (_, index) => `단어${index}`).join(' '));
    const last = lines.at(-1)!;
    expect(last.text.endsWith('…')).toBe(true);
    expect(last.font).toContain(`${cardDesign.title.sizes.at(-1)}px`);
    const lineHeight = cardDesign.title.sizes.at(-1)! * cardDesign.title.lineHeight;
    expect(last.middleY + lineHeight / 2).toBeLessThanOrEqual(cardDesign.height - cardDesign.paddingY - cardDesign.site.markSize);
    for (const run of lines) expect(measure(run.text, run.font)).toBeLessThanOrEqual(lineWidth);
  });
});

describe('renderOgImages', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'og-cards-'));
  });
  afterAll(async () => {
    await browserService.close();
    await rm(dir, { recursive: true, force: true });
  });
  const job = (name: string, text: Partial<CardText> = {}) => ({
    file: path.join(dir, 'out', `${name}.jpg`),
    title: 'Kafka 고가용성과 장애 처리',
    category: '메시징',
    siteName: '인프라 노트',
    ...text,
  });

  it('draws a 1200×630 JPEG with the Korean title painted in white, then serves an unchanged card from the cache', async () => {
    const cacheDir = path.join(dir, 'cache');
    expect(await renderOgImages([job('kafka'), job('docker', { title: 'Docker' })], cacheDir)).toEqual({ rendered: 2, cached: 0 });
    const jpeg = await readFile(job('kafka').file);
    expect(jpeg.subarray(0, 2).toString('hex')).toBe('ffd8');

    // Decode the card in the browser: white title pixels where the title is, none where it is not.
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const counts = await page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/jpeg;base64,${base64}`;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const whiteIn = (y: number, height: number) => {
          const { data } = context.getImageData(0, y, image.width, height);
          let white = 0;
          for (let index = 0; index < data.length; index += 4) if (data[index]! > 230 && data[index + 1]! > 230 && data[index + 2]! > 230) white++;
          return white;
        };
        return { width: image.width, height: image.height, titleBand: whiteIn(260, 110), emptyBand: whiteIn(140, 60) };
      }, jpeg.toString('base64'));
      expect(counts).toMatchObject({ width: 1200, height: 630, emptyBand: 0 });
      expect(counts.titleBand).toBeGreaterThan(5000);
    } finally {
      await browser.close();
    }

    // Cards drawn ahead of the build land in the same cache: the build then only copies them.
    expect(await prefillOgCards([{ title: 'Redis 복제', category: '데이터', siteName: '인프라 노트' }, job('kafka')], cacheDir)).toBe(1);
    expect(await renderOgImages([job('redis', { title: 'Redis 복제', category: '데이터' })], cacheDir)).toEqual({ rendered: 0, cached: 1 });

    // A card served from the cache counts as used, so the week-long pruning keeps it; the rest go.
    const cached = (await readdir(cacheDir)).map((name) => path.join(cacheDir, name));
    expect(cached).toHaveLength(3);
    const monthAgo = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
    await Promise.all(cached.map((file) => utimes(file, monthAgo, monthAgo)));
    const before = (await stat(job('kafka').file)).size;
    expect(await renderOgImages([job('kafka'), job('renamed', { title: 'Kafka 복제와 ISR' })], cacheDir)).toEqual({ rendered: 1, cached: 1 });
    expect((await stat(job('kafka').file)).size).toBe(before);
    const left = (await readdir(cacheDir)).map((name) => path.join(cacheDir, name));
    expect(left).toHaveLength(2);
    const keptOld = left.filter((file) => cached.includes(file));
    expect(keptOld).toHaveLength(1);
    expect((await stat(keptOld[0]!)).mtimeMs).toBeGreaterThan(monthAgo.getTime());
  }, 60_000);
});

describe('siteCards', () => {
  it('gives the home page, every category and every note of content/ a card, with the texts the pages show', async () => {
    const notes = (await readdir('content', { recursive: true })).filter((file) => file.endsWith('.mdx'));
    const cards = await siteCards('content');
    const categories = cards.filter((card) => /^\/[a-z-]+\/$/.test(card.url));
    expect(cards).toHaveLength(1 + categories.length + notes.length);
    expect(cards).toContainEqual({ url: '/', text: { title: '인프라 노트', category: '', siteName: '인프라 노트' } });
    expect(cards).toContainEqual({ url: '/messaging/', text: { title: '메시징과 이벤트', category: '메시징과 이벤트', siteName: '인프라 노트' } });
    expect(cards).toContainEqual({ url: '/messaging/kafka-reliability/', text: { title: 'Kafka 고가용성과 장애 처리', category: '메시징과 이벤트', siteName: '인프라 노트' } });
    expect(new Set(cards.map((card) => card.url)).size).toBe(cards.length);
  });

  it('names the note whose frontmatter does not validate', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'site-cards-'));
    try {
      await mkdir(path.join(dir, 'messaging'));
      const note = (frontmatter: string) => `---\n${frontmatter}\n---\n\n본문\n`;
      await writeFile(path.join(dir, 'messaging', 'good.mdx'), note('title: 좋은 노트\ndescription: 카드를 확인하는 노트입니다.\ncategory: messaging\norder: 1\nupdated: 2026-11-23'));
      expect((await siteCards(dir)).map((card) => card.text.title)).toEqual(['인프라 노트', '메시징과 이벤트', '좋은 노트']);
      await writeFile(path.join(dir, 'messaging', 'bad-field.mdx'), note('title: 카테고리 없음\ndescription: 카테고리가 틀린 노트입니다.\ncategory: nowhere\norder: 1'));
      await expect(siteCards(dir)).rejects.toThrow(/category/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
