import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The site's text font, shared by the pages, the build-time diagram renderer and the Open Graph cards: a
 * diagram measured with one font and shown with another clips its labels, so all read the family and
 * files from here. The renderers load Pretendard's full dynamic subset from node_modules; pages get
 * the site's planned slices and Pretendard's own files for the rest (subset-site-font.ts), same glyphs, same metrics.
 */
export const fontFamily = 'Pretendard Variable';

/**
 * The system font shown until the web font arrives, scaled to Pretendard's metrics so the text does not
 * reflow (and the page does not shift) when Pretendard swaps in. Measured in Chromium on the site's own
 * article text at 100px (tests/e2e/fonts.spec.ts repeats the measurement): Noto Sans CJK KR — Android's
 * and Debian's Korean font — is 4.2% wider than Pretendard at 400 and 4.9% at 700; its ascent/descent are
 * 1.16/0.29 em against Pretendard's 0.95/0.24. Apple SD Gothic Neo and Malgun Gothic could not be measured
 * here, so macOS, iOS and Windows fall through to them unadjusted.
 */
export const fallbackFamily = 'Pretendard Fallback';
export const fallbackFaces = [
  { weight: 400, local: ['Noto Sans CJK KR Regular', 'NotoSansCJKkr-Regular', 'Noto Sans CJK KR'], sizeAdjust: 0.96, ascent: 0.95, descent: 0.24 },
  { weight: 700, local: ['Noto Sans CJK KR Bold', 'NotoSansCJKkr-Bold'], sizeAdjust: 0.954, ascent: 0.95, descent: 0.24 },
];

/** The @font-face rules of the fallback: overrides are divided by size-adjust, which scales them again. */
export function fallbackFontFaces(): string {
  const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
  return fallbackFaces
    .map(
      (face) =>
        `@font-face{font-family:'${fallbackFamily}';font-weight:${face.weight};src:${face.local.map((name) => `local('${name}')`).join(',')};` +
        `size-adjust:${percent(face.sizeAdjust)};ascent-override:${percent(face.ascent / face.sizeAdjust)};descent-override:${percent(face.descent / face.sizeAdjust)};line-gap-override:0%}`,
    )
    .join('');
}

/** The system fonts only: what the first paint uses, before the page asks for the web font. */
export const systemFontStack = `"${fallbackFamily}", Pretendard, -apple-system, BlinkMacSystemFont, "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Noto Sans CJK KR", sans-serif`;
/**
 * Pretendard's own files, for characters the plan leaves out, under a family of their own after the planned
 * one: a browser looks through a family's faces for each run of text, and with Pretendard's 91 files in the
 * same family as the 3 planned slices, laying out the search results took twice as long (6–8 ms against 3–4 ms
 * in Chromium). The planned family answers nearly every character; this one only what it lacks.
 */
export const extraFontFamily = 'Pretendard Variable Extra';
export const fontStack = `"${fontFamily}", "${extraFontFamily}", ${systemFontStack}`;

/**
 * The class on <html> that switches --font-sans from the system stack to Pretendard. A browser downloads a
 * font only when text is laid out in it, so until this class is set no font file is requested and the first
 * paint waits for nothing but the HTML and the CSS. The inline script in src/lib/site-scripts.ts sets it once
 * the page has loaded and been painted (at once when an earlier page fetched the font); without JavaScript
 * the `no-js` class stands in for it and the font loads as the page lays out.
 */
export const webFontClass = 'web-font';

/**
 * The name of the <meta> whose content is the URL of the web font's @font-face stylesheet: the script that
 * sets webFontClass adds the stylesheet at the same moment, so a first visit does not fetch it before the
 * first paint either (subset-site-font.ts writes both).
 */
export const webFontStylesheetMeta = 'web-font-stylesheet';

const require = createRequire(import.meta.url);

/** Absolute path of the @font-face stylesheet whose relative url()s point at the woff2 slices. */
export const fontStylesheetPath = path.join(path.dirname(require.resolve('pretendard/package.json')), 'dist/web/variable/pretendardvariable-dynamic-subset.css');

/** The whole variable font, from which the build cuts the site's own subsets (see subset-site-font.ts). */
export const fontFilePath = path.join(path.dirname(require.resolve('pretendard/package.json')), 'dist/web/variable/woff2/PretendardVariable.woff2');
