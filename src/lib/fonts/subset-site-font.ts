import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { extraFontFamily, fallbackFontFaces, fontFamily, fontFilePath, fontStack, systemFontStack, webFontClass, webFontStylesheetMeta } from './font-files.ts';
import { pretendardSlices } from './pretendard-slices.ts';
import { plannedSlices } from './site-font-plan.ts';
import { unicodeRange } from './unicode-range.ts';

/** The weights the site uses (body 400 … headings 800); narrowing the variable axis keeps files small. */
const weightRange = { min: 400, max: 800 };
const subsetFontVersion = (createRequire(import.meta.url)('subset-font/package.json') as { version: string }).version;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export interface SiteFont {
  /** The URL of the @font-face stylesheet every page loads when it switches to the web font. */
  stylesheet: string;
  /** The rules inline in every page: the metric-matched fallback and --font-sans. */
  inlineCss: string;
  /** The woff2 files, as URLs: the planned slices first, then Pretendard's own for the rest. */
  slices: string[];
  /** How many of `slices` are the site's planned ones. */
  planned: number;
  /** Bytes of the planned slices (what a page of the site's usual text downloads at most). */
  plannedBytes: number;
  bytes: number;
  /** Every character the font covers: the planned ones and Pretendard's rest. */
  covers: ReadonlySet<number>;
}

/**
 * A planned slice cut from the variable font with its weight axis narrowed, from the cache when the same
 * font, characters, weights and subsetter made it before (cutting one takes a second or two). Cold and warm
 * builds write the same bytes: the cache only skips the work.
 */
async function plannedSlice(font: Buffer, codePoints: readonly number[], cacheDir: string): Promise<Buffer> {
  const key = sha256(JSON.stringify({ font: sha256(font), codePoints, weightRange, subsetFontVersion }));
  const cached = path.join(cacheDir, `${key}.woff2`);
  try {
    return await readFile(cached);
  } catch {
    const woff2 = await subsetFont(font, String.fromCodePoint(...codePoints), { targetFormat: 'woff2', variationAxes: { wght: weightRange } });
    await mkdir(cacheDir, { recursive: true });
    // Written aside and renamed, so a build stopped halfway never leaves half a file under the final name.
    await writeFile(`${cached}.${process.pid}`, woff2);
    await rename(`${cached}.${process.pid}`, cached);
    return woff2;
  }
}

/**
 * Writes the site's font into `_astro/fonts/`, every file named by its content (cacheable forever): the
 * planned slices (site-font-plan.ts), then Pretendard's own files for every character they leave out, and
 * one stylesheet of their @font-face rules with unicode-range. Nothing here depends on the pages being
 * built, so neither do the pages: the stylesheet's name is the same for any notes until the plan, the font
 * or this code changes. A page downloads only the files its text needs.
 */
export async function writeSiteFont(distDir: string, base: string, cacheDir: string): Promise<SiteFont> {
  const font = await readFile(fontFilePath);
  const fontsDir = path.join(distDir, '_astro', 'fonts');
  await mkdir(fontsDir, { recursive: true });
  const faces: string[] = [];
  const slices: string[] = [];
  let bytes = 0;
  // Every face declares the same weights, the site's: Chromium combines faces by unicode-range only within
  // one weight range and picks one range per family. When Pretendard's own files (axis 45–920) shared the
  // planned family, they hid the planned slices or were hidden by them (seen: only one kind was ever
  // fetched); they now have a family of their own (extraFontFamily), and one range keeps both families safe.
  const weight = `${weightRange.min} ${weightRange.max}`;
  const write = async (woff2: Buffer, codePoints: readonly number[], family: string) => {
    const name = `site-font-${sha256(woff2).slice(0, 12)}.woff2`;
    await writeFile(path.join(fontsDir, name), woff2);
    const href = `${base}_astro/fonts/${name}`;
    slices.push(href);
    bytes += woff2.length;
    faces.push(
      `@font-face{font-family:'${family}';font-style:normal;font-display:swap;font-weight:${weight};` +
        `src:url(${href}) format('woff2-variations'),url(${href}) format('woff2');unicode-range:${unicodeRange(codePoints)}}`,
    );
  };
  for (const slice of plannedSlices) await write(await plannedSlice(font, slice, cacheDir), slice, fontFamily);
  const plannedBytes = bytes;
  const planned = new Set(plannedSlices.flat());
  const covers = new Set(planned);
  for (const slice of await pretendardSlices()) {
    // Disjoint from the planned slices, so a character the plan holds never fetches Pretendard's file too.
    const rest = slice.codePoints.filter((codePoint) => !planned.has(codePoint));
    if (rest.length === 0) continue;
    for (const codePoint of rest) covers.add(codePoint);
    await write(await readFile(slice.file), rest, extraFontFamily);
  }
  const css = faces.join('');
  const name = `site-font-${sha256(css).slice(0, 12)}.css`;
  await writeFile(path.join(fontsDir, name), css);
  const inlineCss = `${fallbackFontFaces()}:root{--font-sans:${systemFontStack}}:root.${webFontClass},:root.no-js{--font-sans:${fontStack}}`;
  return { stylesheet: `${base}_astro/fonts/${name}`, inlineCss, slices, planned: plannedSlices.length, plannedBytes, bytes, covers };
}

/** The placeholder BaseLayout puts in <head>; after the build it becomes the font markup below. */
const siteFontPlaceholder = (base: string) => `<link rel="stylesheet" href="${base}fonts/site-fonts.css">`;

/**
 * The font markup of every page, the same on every page: the fallback and --font-sans inline, the
 * stylesheet's URL for the script that switches to the web font (src/lib/site-scripts.ts), and the
 * stylesheet itself for a browser without JavaScript. Nothing requests the stylesheet or a font file before
 * the first paint, and nothing is preloaded. A preloaded font is fetched beside the CSS and shares the
 * phone's bandwidth with it, so the first paint waits for ~60–120 KB of font it could have drawn without
 * (measured with `npm run bench:pages`: mobile LCP 1.7–2.0 s with preloads against Starlight's 1.2 s). The
 * page paints in the metric-matched system font and the web font swaps in after it (see webFontClass),
 * moving nothing.
 */
export function siteFontMarkup(font: SiteFont): string {
  return `<style>${font.inlineCss}</style><meta name="${webFontStylesheetMeta}" content="${font.stylesheet}"><noscript><link rel="stylesheet" href="${font.stylesheet}"></noscript>`;
}

export function withSiteFont(html: string, font: SiteFont, base: string, file: string): string {
  const placeholder = siteFontPlaceholder(base);
  if (!html.includes(placeholder)) throw new Error(`${file}: <head>에 ${placeholder}가 없습니다. 페이지가 BaseLayout을 쓰는지 확인하세요.`);
  const markup = siteFontMarkup(font);
  return html.replace(placeholder, () => markup);
}
