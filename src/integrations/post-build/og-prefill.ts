import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { buildCacheDirs, contentDir } from '../../config/site.ts';
import { prefillOgCards } from '../../lib/og/render-og-images.ts';
import { siteCards } from '../../lib/og/site-cards.ts';

/**
 * The topic pages' Open Graph cards are drawn while Astro renders the pages, which leaves a core idle much
 * of the time; the og-cards step then finds them in the cache. Not earlier: while Astro compiles the notes
 * both cores are busy, and drawing then slowed the whole build. A failure here only costs time.
 */
export function ogPrefill(logger: AstroIntegrationLogger): { plugin: Plugin; drawn: () => Promise<number> } {
  let prefill: Promise<number> | undefined;
  const start = () => {
    prefill ??= siteCards(contentDir)
      .then((cards) =>
        prefillOgCards(
          cards.map((card) => card.text),
          path.resolve(buildCacheDirs.ogCards),
        ),
      )
      .catch((error: unknown) => {
        logger.warn(`Open Graph 이미지를 미리 그리지 못했습니다. 빌드 뒤에 그립니다: ${String(error)}`);
        return 0;
      });
  };
  return {
    plugin: {
      name: 'infra-notes:og-prefill',
      apply: 'build',
      // The server bundle is written: the notes are compiled and page rendering starts next.
      writeBundle() {
        if (this.environment?.name !== 'client') start();
      },
    },
    drawn: async () => (await prefill) ?? 0,
  };
}
