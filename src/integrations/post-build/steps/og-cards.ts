import path from 'node:path';
import { buildCacheDirs, siteName } from '../../../config/site.ts';
import { stripBase } from '../../../lib/built-site.ts';
import { ogImagePath } from '../../../lib/og/og-image.ts';
import { renderOgImages } from '../../../lib/og/render-og-images.ts';
import type { PostBuildStep } from '../step.ts';

/** Open Graph cards for every page that owns one; the topic pages' were usually drawn ahead (og-prefill.ts). */
export const ogCards: PostBuildStep = {
  name: 'Open Graph 이미지',
  async run({ site, distDir, base, prefilledCards, logger }) {
    // A card is drawn from the page that owns it; pages sharing the home card point at that one.
    const jobs = [...site.values()]
      .filter((page) => page.meta['og:image'] && stripBase(decodeURI(new URL(page.meta['og:image']).pathname), base) === ogImagePath(page.url))
      .map((page) => ({
        file: path.join(distDir, ogImagePath(page.url)),
        title: page.meta['og:title'] ?? siteName,
        category: page.meta['article:section'] ?? '',
        siteName,
      }));
    const { rendered, cached } = await renderOgImages(jobs, path.resolve(buildCacheDirs.ogCards));
    logger.info(`Open Graph 이미지: 빌드 중에 ${await prefilledCards}개를 미리 그렸고, 빌드 뒤에 ${rendered}개를 새로 그렸고 ${cached}개는 캐시에서 가져왔습니다.`);
  },
};
