import { createRequire } from 'node:module';
import type { LocalSite } from '../browser/local-site.ts';
import { siteFontFiles } from '../browser/local-site.ts';
import { fontFamily } from '../fonts/font-files.ts';

/**
 * The page the diagrams are measured in: a local site (no network) with Mermaid's browser bundle and the
 * site's own font files. It is `lang="ko"` like the site: a CJK font measures spaces differently under
 * another lang, and a label measured under `lang="en"` is clipped on a `lang="ko"` page.
 */
const require = createRequire(import.meta.url);

const html = `<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<link rel="stylesheet" href="/font.css">
<style>body { margin: 0; font-family: "${fontFamily}", sans-serif; }</style>
<script src="/mermaid.js"></script>
</head><body><div id="stage"></div></body></html>`;

export async function diagramSite(): Promise<LocalSite> {
  const files = await siteFontFiles();
  files.set('/', { contentType: 'text/html; charset=utf-8', body: html });
  files.set('/mermaid.js', { contentType: 'text/javascript', file: require.resolve('mermaid/dist/mermaid.min.js') });
  return { origin: 'http://diagram-renderer.invalid', files };
}
