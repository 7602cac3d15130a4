import type { AstroIntegration } from 'astro';
import { browserService } from '../lib/browser/service.ts';
import { pruneUnused } from '../lib/file-cache.ts';
import { sharedRenderer } from '../lib/mermaid/renderer.ts';

/**
 * Ends the build's one browser (diagrams and Open Graph cards share it) when the build or the dev server
 * ends, and reports how many diagrams were drawn and how many came from the cache. The post-build step
 * still draws cards after this hook; the browser service then closes the browser as soon as it is done.
 */
export function diagramRenderer(): AstroIntegration {
  return {
    name: 'infra-notes:diagram-renderer',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const { rendered, cached } = sharedRenderer.stats;
        logger.info(`다이어그램 ${rendered}개를 새로 그렸고 ${cached}개는 캐시에서 가져왔습니다.`);
        await browserService.endOfBuild();
        // Only notes compiled in this build read the diagram cache (the rest come from the compiled-notes
        // cache), so a week unused means a week without that note changing: dropping it costs one redraw.
        await pruneUnused(sharedRenderer.cacheDir);
      },
      'astro:server:done': async () => {
        await browserService.close();
      },
    },
  };
}
