import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PostBuildStep } from '../step.ts';

/** Only `data-pagefind-body` regions are indexed (the article), so sidebars, TOC and buttons stay out. */
export const searchIndex: PostBuildStep = {
  name: 'Pagefind 색인',
  async run({ distDir, logger }) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
    try {
      if (!index || errors.length > 0) throw new Error(errors.join('; '));
      const added = await index.addDirectory({ path: distDir });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
      logger.info(`Pagefind: 페이지 ${added.page_count}개를 색인했습니다.`);
    } catch (error) {
      throw new Error(`Pagefind 색인을 만들지 못했습니다: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    } finally {
      await pagefind.close();
    }
  },
};
