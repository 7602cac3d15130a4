import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extraFontFamily, fontFamily, fontStack, systemFontStack, webFontClass, webFontStylesheetMeta } from '../../src/lib/fonts/font-files.ts';
import { parseSubsetStylesheet } from '../../src/lib/fonts/pretendard-slices.ts';
import { plannedSlices, slicesByUse, unplannedCharacters, visibleText } from '../../src/lib/fonts/site-font-plan.ts';
import { type SiteFont, siteFontMarkup, withSiteFont, writeSiteFont } from '../../src/lib/fonts/subset-site-font.ts';
import { codePointsOf, unicodeRange } from '../../src/lib/fonts/unicode-range.ts';

let dir: string;
let font: SiteFont;
let stylesheet: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'site-font-'));
  font = await writeSiteFont(path.join(dir, 'dist'), '/', path.join(dir, 'cache'));
  stylesheet = await readFile(path.join(dir, 'dist', font.stylesheet), 'utf8');
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const codePoints = (text: string) => [...text].map((character) => character.codePointAt(0)!);

describe('the site font', () => {
  it('is the planned slices, then Pretendard’s own files for every other character it has, in content-named files that swap in', async () => {
    expect(font.planned).toBe(plannedSlices.length);
    const files = await readdir(path.join(dir, 'dist', '_astro', 'fonts'));
    expect(files.filter((file) => file.endsWith('.woff2')).sort()).toEqual(font.slices.map((href) => path.basename(href)).sort());
    expect(files.filter((file) => file.endsWith('.css'))).toEqual([path.basename(font.stylesheet)]);
    const faces = stylesheet.match(/@font-face\{font-family:'Pretendard Variable(?: Extra)?';[^}]*font-display:swap[^}]*\}/g)!;
    expect(faces).toHaveLength(font.slices.length);
    // The planned slices are the first family of the stack, Pretendard's own files the next one.
    const family = (face: string) => /font-family:'([^']+)'/.exec(face)![1];
    expect(faces.slice(0, font.planned).map(family)).toEqual(Array(font.planned).fill(fontFamily));
    expect(new Set(faces.slice(font.planned).map(family))).toEqual(new Set([extraFontFamily]));
    expect(fontStack.startsWith(`"${fontFamily}", "${extraFontFamily}", `)).toBe(true);
    // One weight range for all: Chromium combines faces by unicode-range only among faces of equal weights.
    expect(new Set(faces.map((face) => /font-weight:([^;]+)/.exec(face)![1]))).toEqual(new Set(['400 800']));
    // No character is in two faces (a planned character never fetches Pretendard's file too), and the
    // faces cover every character Pretendard has: 가 to 힣 and printable ASCII, whatever the notes say.
    const ranges = faces.map((face) => codePointsOf(/unicode-range:([^}]+)/.exec(face)![1]!));
    expect(ranges.flat().length).toBe(new Set(ranges.flat()).size);
    expect(font.covers.size).toBe(ranges.flat().length);
    for (const codePoint of [...codePoints(' ~Kafka'), 0xac00, 0xd7a3, ...codePoints('뷁똠방')]) expect(font.covers.has(codePoint), String.fromCodePoint(codePoint)).toBe(true);
  });

  it('gives every page the same font markup whatever characters the notes use: a new character rewrites no other page', async () => {
    // Before the plan, the build cut the slices from the built pages' text: one new character moved
    // characters between slices and changed the rules inlined into every page.
    const again = await writeSiteFont(path.join(dir, 'again'), '/', path.join(dir, 'cache'));
    expect(siteFontMarkup(again)).toBe(siteFontMarkup(font));
    expect(await readFile(path.join(dir, 'again', again.stylesheet), 'utf8')).toBe(stylesheet);
    const page = (text: string) => withSiteFont(`<html><head><link rel="stylesheet" href="/fonts/site-fonts.css"></head><body><p>${text}</p></body></html>`, font, '/', 'x.html');
    const before = page('카프카 파티션');
    const after = page('카프카 파티션 뷁');
    expect(after.replace('카프카 파티션 뷁', '')).toBe(before.replace('카프카 파티션', ''));
    expect(unplannedCharacters(['카프카 파티션 뷁'])).toEqual(codePoints('뷁'));
  });

  it('cuts the plan by how many pages use a character, ASCII always in the first slice, characters the font lacks left out', () => {
    const slices = slicesByUse(['카프카 파티션 Kafka', '레디스 캐시 Redis', '카프카 컨슈머 ⁶'], (codePoint) => codePoint !== 0x2076, 100);
    expect(slices[0]!.slice(0, 95)).toEqual(Array.from({ length: 95 }, (_, index) => 0x20 + index));
    expect(slices.flat()).not.toContain(0x2076);
    // 카 (two pages) comes before 레 (one page): in the first slice, while the one-page characters follow.
    expect(slices[0]).toContain(codePoints('카')[0]);
    expect(slices.flat()).toContain(codePoints('레')[0]);
  });

  it('names Pretendard only once the page switches to it (or runs without JavaScript): the first paint fetches no font', () => {
    expect(systemFontStack).not.toContain(fontFamily);
    expect(font.inlineCss).toContain(`:root{--font-sans:${systemFontStack}}`);
    expect(font.inlineCss).toContain(`:root.${webFontClass},:root.no-js{--font-sans:${fontStack}}`);
    // No @font-face of Pretendard inline: its rules are in the stylesheet the switch brings.
    expect(font.inlineCss).not.toContain(`font-family:'${fontFamily}'`);
    expect(fontStack.startsWith(`"${fontFamily}", `)).toBe(true);
  });

  it('goes in place of the placeholder: the rules that fetch nothing inline, the stylesheet for the script and for no-JS, no preload', () => {
    const html = '<html><head><link rel="stylesheet" href="/fonts/site-fonts.css"></head><body><p>카프카</p></body></html>';
    const page = withSiteFont(html, font, '/', 'index.html');
    expect(page).toContain(`<style>${font.inlineCss}</style>`);
    expect(page).toContain(`<meta name="${webFontStylesheetMeta}" content="${font.stylesheet}">`);
    expect(page).toContain(`<noscript><link rel="stylesheet" href="${font.stylesheet}"></noscript>`);
    // The only stylesheet link is inside <noscript>, which a browser running JavaScript does not fetch.
    expect(page.replace(/<noscript>[\s\S]*?<\/noscript>/g, '')).not.toContain('rel="stylesheet"');
    expect(page).not.toContain('rel="preload"');
    expect(() => withSiteFont('<html><head></head></html>', font, '/', 'x.html')).toThrow(/x\.html/);
  });

  it('reads a page’s visible text without its scripts, styles and tags', () => {
    const text = visibleText('<style>a{}</style><p>카프카 &amp; <b>레디스</b></p><script>x()</script>');
    expect(text.replace(/\s+/g, ' ').trim()).toBe('카프카 & 레디스');
  });
});

describe('unicode ranges and Pretendard’s slices', () => {
  it('folds code points into ranges and reads them back', () => {
    const points = [0x20, 0x21, 0x22, 0xac00, 0xac04, 0xac05];
    expect(unicodeRange(points)).toBe('U+20-22,U+AC00,U+AC04-AC05');
    expect(codePointsOf('U+20-22,U+AC00, u+ac04-ac05')).toEqual(points);
    expect(() => codePointsOf('U+zz')).toThrow(/unicode-range/);
  });

  it('reads each @font-face of the dynamic-subset stylesheet: file and characters', () => {
    const css = `/* [0] */\n@font-face {\n\tfont-family: 'Pretendard Variable';\n\tfont-weight: 45 920;\n\tsrc: url(./woff2-dynamic-subset/PretendardVariable.subset.0.woff2) format('woff2-variations');\n\tunicode-range: U+f9ca-f9cb, U+ff03;\n}\n`;
    expect(parseSubsetStylesheet(css, '/fonts')).toEqual([{ file: path.join('/fonts', './woff2-dynamic-subset/PretendardVariable.subset.0.woff2'), codePoints: [0xf9ca, 0xf9cb, 0xff03] }]);
    expect(() => parseSubsetStylesheet('@font-face { font-family: x; }', '/')).toThrow(/Pretendard/);
  });
});
