import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import { fallbackFontFaces, fontFamily, fontFilePath, fontStack, systemFontStack, webFontClass } from './font-files.ts';

/** The weights the site uses (body 400 … headings 800); narrowing the variable axis keeps files small. */
const weightRange = { min: 400, max: 800 };
/** Characters per file. Slices are ordered by how many pages use a character, so common text shares files. */
const charactersPerSlice = 320;
/** Printable ASCII goes into the first slice whatever the text, for code, numbers and typed queries. */
const ascii = Array.from({ length: 0x7e - 0x20 + 1 }, (_, index) => 0x20 + index);

/** The visible text of an HTML page: tags dropped, scripts and styles skipped, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&(lt|gt|amp|quot|apos|nbsp);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' })[name]!);
}

/** Code points of `texts`, most widely used first, cut into slices; ASCII always in the first. */
function sliceByUse(texts: string[], sliceSize = charactersPerSlice): number[][] {
  const pagesUsing = new Map<number, number>();
  for (const text of texts) {
    for (const codePoint of new Set([...text].map((character) => character.codePointAt(0)!))) {
      if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) continue;
      pagesUsing.set(codePoint, (pagesUsing.get(codePoint) ?? 0) + 1);
    }
  }
  for (const codePoint of ascii) pagesUsing.set(codePoint, Number.POSITIVE_INFINITY);
  const ordered = [...pagesUsing].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([codePoint]) => codePoint);
  const slices: number[][] = [];
  for (let start = 0; start < ordered.length; start += sliceSize) slices.push(ordered.slice(start, start + sliceSize).sort((a, b) => a - b));
  return slices;
}

/** `U+20-7E,U+AC00,U+AC04-AC05`: code points folded into ranges. */
function unicodeRange(codePoints: number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let index = 0; index < sorted.length; index++) {
    const start = sorted[index]!;
    let end = start;
    while (sorted[index + 1] === end + 1) end = sorted[++index]!;
    const hex = (value: number) => value.toString(16).toUpperCase();
    ranges.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
  }
  return ranges.join(',');
}

export interface SiteFont {
  /** The @font-face rules of every slice and of the metric-matched fallback, and --font-sans: one stylesheet for all pages. */
  css: string;
  /** The woff2 files, as URLs. */
  slices: string[];
  bytes: number;
  characters: number;
}

/**
 * Cuts the site's font down to the characters the built pages show, in a few slices with unicode-range,
 * written as `_astro/fonts/<hash>.woff2` (content-hashed, cacheable forever). A page downloads only the
 * slices its text needs; characters outside (a reader's typed query) fall back to the system font.
 */
export async function writeSiteFont(distDir: string, pageTexts: string[], base: string): Promise<SiteFont> {
  const font = await readFile(fontFilePath);
  const slices = sliceByUse(pageTexts);
  await mkdir(path.join(distDir, '_astro', 'fonts'), { recursive: true });
  let bytes = 0;
  const faces: string[] = [];
  const written: SiteFont['slices'] = [];
  for (const slice of slices) {
    const woff2 = await subsetFont(font, String.fromCodePoint(...slice), { targetFormat: 'woff2', variationAxes: { wght: weightRange } });
    const name = `site-font-${createHash('sha256').update(woff2).digest('hex').slice(0, 12)}.woff2`;
    await writeFile(path.join(distDir, '_astro', 'fonts', name), woff2);
    bytes += woff2.length;
    const href = `${base}_astro/fonts/${name}`;
    written.push(href);
    faces.push(
      `@font-face{font-family:'${fontFamily}';font-style:normal;font-display:swap;font-weight:${weightRange.min} ${weightRange.max};` +
        `src:url(${href}) format('woff2-variations'),url(${href}) format('woff2');unicode-range:${unicodeRange(slice)}}`,
    );
  }
  const css = `${faces.join('')}${fallbackFontFaces()}:root{--font-sans:${systemFontStack}}:root.${webFontClass},:root.no-js{--font-sans:${fontStack}}`;
  return { css, slices: written, bytes, characters: slices.flat().length };
}

/** The placeholder BaseLayout puts in <head>; after the build it becomes the inline font rules. */
const siteFontPlaceholder = (base: string) => `<link rel="stylesheet" href="${base}fonts/site-fonts.css">`;

/**
 * The font rules inline: no request of their own before the first paint, and no preload either. A preloaded
 * font is fetched beside the CSS and shares the phone's bandwidth with it, so the first paint waits for
 * ~60–120 KB of font it could have drawn without (measured with `npm run bench:pages`: mobile LCP 1.7–2.0 s
 * with preloads against Starlight's 1.2 s). The page paints in the metric-matched system font and the web
 * font swaps in after it (see webFontClass), moving nothing.
 */
export function withSiteFont(html: string, font: SiteFont, base: string, file: string): string {
  const placeholder = siteFontPlaceholder(base);
  if (!html.includes(placeholder)) throw new Error(`${file}: <head>에 ${placeholder}가 없습니다. 페이지가 BaseLayout을 쓰는지 확인하세요.`);
  return html.replace(placeholder, () => `<style>${font.css}</style>`);
}
