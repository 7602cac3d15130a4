/**
 * The inline scripts the site's layouts ship, as text: each is rendered with `set:html` from here and
 * allowed by its hash in the Content-Security-Policy, so the policy is known before any page is built and
 * an inline script that is not one of these (say, in a note) fails the build instead of being allowed.
 * Astro's own small module scripts are not inlined (the post-build integration sets that); they load as
 * files from the site, which `script-src 'self'` covers.
 */
import { webFontClass, webFontStylesheetMeta } from './fonts/font-files.ts';

/**
 * Runs before first paint so the page never flashes the wrong theme: a remembered choice wins, then the
 * system preference. It also marks that JavaScript runs (`no-js` → `js`) for progressive enhancement.
 * Kept inline and tiny on purpose.
 */
export const themeInitScript = `(function () {
  var root = document.documentElement;
  root.classList.replace('no-js', 'js');
  var stored = null;
  try { stored = localStorage.getItem('theme'); } catch (e) {}
  var dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  root.dataset.theme = dark ? 'dark' : 'light';
})();`;

/**
 * Switches the page to the web font (src/lib/fonts/font-files.ts, webFontClass) once the page has loaded and
 * a frame has been painted, so the first paint of a first visit waits for no font file; the metric-matched
 * system font holds the layout until Pretendard swaps in. The @font-face stylesheet (its URL in a <meta>)
 * is added at the same moment, so it is not fetched before the first paint either. Once a page has asked
 * for the font, later pages (whose files the browser has cached) switch at once, and their stylesheet is
 * added as render-blocking so the first paint already knows the font's files and draws in Pretendard. The
 * flag lives where the theme does; without storage every page waits for its load.
 */
export const webFontInitScript = `(function () {
  var root = document.documentElement;
  var asked = null;
  try { asked = localStorage.getItem('${webFontClass}'); } catch (e) {}
  function useWebFont(beforePaint) {
    var meta = document.querySelector('meta[name="${webFontStylesheetMeta}"]');
    if (meta) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = meta.content;
      if (beforePaint) link.setAttribute('blocking', 'render');
      document.head.appendChild(link);
    }
    root.classList.add('${webFontClass}');
  }
  if (asked) return useWebFont(true);
  addEventListener('load', function () {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        useWebFont(false);
        try { localStorage.setItem('${webFontClass}', '1'); } catch (e) {}
      });
    });
  });
})();`;

/** Every inline script a page may carry. A new one is added here and rendered from here. */
export const siteInlineScripts: readonly string[] = [themeInitScript, webFontInitScript];
