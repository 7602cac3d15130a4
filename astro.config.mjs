// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { loadRedirects } from './src/config/redirects.ts';
import { astroCacheDir, basePath, siteUrl } from './src/config/site.ts';
import { viteSettings } from './src/config/vite.ts';
import { compiledNotesCache } from './src/integrations/compiled-notes-cache.ts';
import { diagramRenderer } from './src/integrations/diagram-renderer.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { markdownConfig } from './src/lib/markdown/pipeline.ts';

// Thin on purpose: settings come from src/config/site.ts, the Markdown pipeline from src/lib/markdown/.
export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The one note pipeline (rules, transforms, the step that fails on problems), also run by `npm run check`.
  markdown: markdownConfig(),
  redirects: loadRedirects(),
  integrations: [mdx(), compiledNotesCache(), diagramRenderer(), postBuild()],
  devToolbar: { enabled: false },
  cacheDir: astroCacheDir,
  // Topic pages whose notes and code did not change are copied from the last build (src/pages/[category]/[topic].astro).
  experimental: { incrementalBuild: true },
  vite: viteSettings,
});
