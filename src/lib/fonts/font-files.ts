import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The site's text font, shared by the pages, the build-time diagram renderer and the Open Graph cards: a
 * diagram measured with one font and shown with another clips its labels, so all read the family and
 * files from here. The renderers load Pretendard's full dynamic subset from node_modules; pages get
 * subsets cut from the site's own text after the build (subset-site-font.ts), same glyphs, same metrics.
 */
export const fontFamily = 'Pretendard Variable';
export const fontStack = `"${fontFamily}", Pretendard, -apple-system, BlinkMacSystemFont, "Apple SD Gothic Neo", "Noto Sans KR", "Noto Sans CJK KR", sans-serif`;

const require = createRequire(import.meta.url);

/** Absolute path of the @font-face stylesheet whose relative url()s point at the woff2 slices. */
export const fontStylesheetPath = path.join(
  path.dirname(require.resolve('pretendard/package.json')),
  'dist/web/variable/pretendardvariable-dynamic-subset.css',
);

/** The whole variable font, from which the build cuts the site's own subsets (see subset-site-font.ts). */
export const fontFilePath = path.join(path.dirname(require.resolve('pretendard/package.json')), 'dist/web/variable/woff2/PretendardVariable.woff2');
