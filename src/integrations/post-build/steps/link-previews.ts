import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { previewData, previewDataPath } from '../../../lib/link-previews.ts';
import type { PostBuildStep } from '../step.ts';

/**
 * One small JSON per page with its title, description and sections (src/lib/link-previews.ts), which a note's
 * link previews fetch the first time a link to that page is hovered or focused. Redirect pages have none: the
 * link checker already makes every note link land on a real page.
 */
export const linkPreviews: PostBuildStep = {
  name: '링크 미리보기',
  async run({ distDir, site, logger }) {
    const pages = [...site.values()].filter((page) => page.url.endsWith('/') && !page.redirectTo);
    let bytes = 0;
    await Promise.all(
      pages.map(async (page) => {
        const file = path.join(distDir, previewDataPath(page.url));
        const json = JSON.stringify(previewData(page));
        bytes += Buffer.byteLength(json);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, json);
      }),
    );
    logger.info(`링크 미리보기: 페이지 ${pages.length}개, ${(bytes / 1024).toFixed(0)} KB (페이지당 평균 ${(bytes / Math.max(pages.length, 1) / 1024).toFixed(1)} KB)`);
  },
};
