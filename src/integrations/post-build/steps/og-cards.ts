import path from 'node:path';
import { buildCacheDirs } from '../../../config/site.ts';
import { ogImagePath } from '../../../lib/og/og-image.ts';
import { renderOgImages } from '../../../lib/og/render-og-images.ts';
import { siteCards } from '../../../lib/og/site-cards.ts';
import type { PostBuildStep } from '../step.ts';

/** Open Graph cards for every page that owns one; the topic pages' were usually drawn ahead (og-prefill.ts). */
export const ogCards: PostBuildStep = {
  name: 'Open Graph 이미지',
  async run({ distDir, contentDir, prefilledCards, logger }) {
    // The same cards, from the same function, as the layout announced in each page's meta tags.
    const jobs = (await siteCards(contentDir)).map(({ url, text }) => ({ file: path.join(distDir, ogImagePath(url)), ...text }));
    // Wait for the cards being drawn ahead: drawing them here too would paint every missing card twice.
    const prefilled = await prefilledCards;
    const { rendered, cached } = await renderOgImages(jobs, path.resolve(buildCacheDirs.ogCards));
    logger.info(`Open Graph 이미지: 빌드 중에 ${prefilled}개를 미리 그렸고, 빌드 뒤에 ${rendered}개를 새로 그렸고 ${cached}개는 캐시에서 가져왔습니다.`);
  },
};
