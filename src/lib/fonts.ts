import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The site's text font, shared by the page CSS and the build-time diagram renderer: a diagram measured
 * with one font and shown with another clips its labels, so both read the family and files from here.
 * Pretendard's dynamic subset splits the Korean font by unicode-range into 92 files, so a page downloads
 * only the slices its text uses.
 */
export const fontFamily = 'Pretendard Variable';
export const fontStack = `"${fontFamily}", Pretendard, -apple-system, BlinkMacSystemFont, "Apple SD Gothic Neo", "Noto Sans KR", "Noto Sans CJK KR", sans-serif`;

const require = createRequire(import.meta.url);

/** Absolute path of the @font-face stylesheet whose relative url()s point at the woff2 slices. */
export const fontStylesheetPath = path.join(
  path.dirname(require.resolve('pretendard/package.json')),
  'dist/web/variable/pretendardvariable-dynamic-subset.css',
);

/** The package specifier the page CSS imports, so Vite fingerprints and copies the same files. */
export const fontStylesheetImport = 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
