import { existsSync } from 'node:fs';
import path from 'node:path';
import { findBrokenLinks } from '../../../lib/link-check.ts';
import type { PostBuildStep } from '../step.ts';

export const brokenLinks: PostBuildStep = {
  name: '링크 검사',
  run({ site, base, distDir, logger }) {
    const broken = findBrokenLinks(site, base, (pathname) => existsSync(path.join(distDir, pathname)));
    if (broken.length > 0) {
      const lines = broken.map(({ page, href, problem }) => `  ${page} → ${href}: ${problem}`);
      throw new Error(`깨진 링크 ${broken.length}개 (페이지 → 링크):\n${lines.join('\n')}`);
    }
    logger.info(`링크 검사: 페이지 ${site.size}개의 내부 링크와 앵커가 모두 이어집니다.`);
  },
};
