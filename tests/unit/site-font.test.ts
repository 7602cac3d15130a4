import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFamily, fontStack, systemFontStack, webFontClass } from '../../src/lib/fonts/font-files.ts';
import { type SiteFont, visibleText, withSiteFont, writeSiteFont } from '../../src/lib/fonts/subset-site-font.ts';

let dir: string;
let font: SiteFont;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'site-font-'));
  font = await writeSiteFont(dir, ['카프카 파티션 Kafka', '레디스 캐시 Redis', '카프카 컨슈머'], '/');
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the site font', () => {
  it('is cut from the pages’ text into content-named woff2 files that swap in', async () => {
    expect(font.characters).toBeGreaterThan(95); // printable ASCII always, and the Hangul of the pages
    expect(await readdir(path.join(dir, '_astro', 'fonts'))).toEqual(font.slices.map((href) => path.basename(href)).sort());
    expect(font.css.match(/@font-face\{font-family:'Pretendard Variable';[^}]*font-display:swap/g)).toHaveLength(font.slices.length);
  });

  it('names Pretendard only once the page switches to it (or runs without JavaScript): the first paint fetches no font', () => {
    expect(systemFontStack).not.toContain(fontFamily);
    expect(font.css).toContain(`:root{--font-sans:${systemFontStack}}`);
    expect(font.css).toContain(`:root.${webFontClass},:root.no-js{--font-sans:${fontStack}}`);
    expect(fontStack.startsWith(`"${fontFamily}", `)).toBe(true);
  });

  it('goes inline in place of the placeholder, with no preload', () => {
    const html = '<html><head><link rel="stylesheet" href="/fonts/site-fonts.css"></head><body><p>카프카</p></body></html>';
    const page = withSiteFont(html, font, '/', 'index.html');
    expect(page).toContain(`<style>${font.css}</style>`);
    expect(page).not.toContain('site-fonts.css');
    expect(page).not.toContain('rel="preload"');
    expect(() => withSiteFont('<html><head></head></html>', font, '/', 'x.html')).toThrow(/x\.html/);
  });

  it('reads a page’s visible text without its scripts, styles and tags', () => {
    const text = visibleText('<style>a{}</style><p>카프카 &amp; <b>레디스</b></p><script>x()</script>');
    expect(text.replace(/\s+/g, ' ').trim()).toBe('카프카 & 레디스');
  });
});
