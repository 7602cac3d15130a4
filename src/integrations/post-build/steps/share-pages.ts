import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { absoluteUrl, siteName, withBase } from '../../../config/site.ts';
import { t } from '../../../i18n/index.ts';
import { compareWithRegistry } from '../../../lib/anchor-registry.ts';
import { mapWithConcurrency } from '../../../lib/concurrency.ts';
import { allowedScriptHashes, contentSecurityPolicy } from '../../../lib/csp.ts';
import { planSharePages, sharePageHtml } from '../../../lib/share-pages.ts';
import type { PostBuildStep } from '../step.ts';
import { readRegistry } from './anchor-registry.ts';

/**
 * A small page at every section's share address (src/lib/share-pages.ts), for every id the anchor registry
 * keeps, this build's new ones included. Written after the search index (share pages are not content to
 * find) and before compression (they are served precompressed like every page); the sitemap, made by Astro,
 * never sees them.
 */
export const sharePages: PostBuildStep = {
  name: '절 공유 주소',
  async run({ site, distDir, contentDir, logger }) {
    const started = performance.now();
    const { registry } = await readRegistry(contentDir);
    const { pages, problems } = planSharePages(compareWithRegistry(registry, site).next, site);
    const outside = (address: string) => path.join(distDir, ...address.split('/').filter(Boolean));
    for (const page of pages) if (existsSync(outside(page.address))) problems.push(`공유 주소 ${page.address}를 빌드의 다른 파일이 이미 씁니다.`);
    if (problems.length > 0) throw new Error(`절 공유 주소 ${problems.length}개를 만들 수 없습니다:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    const settings = {
      absoluteUrl,
      withBase,
      policy: contentSecurityPolicy(allowedScriptHashes(), 'meta'),
      siteName,
      linkText: (section: string) => t('share.goToSection', { section }),
    };
    const sizes = await mapWithConcurrency(pages, 16, async (page) => {
      const html = sharePageHtml(page, settings);
      await mkdir(outside(page.address), { recursive: true });
      await writeFile(path.join(outside(page.address), 'index.html'), html);
      return Buffer.byteLength(html);
    });
    const bytes = sizes.reduce((sum, size) => sum + size, 0);
    // The time is for the build benchmark, which sets it against the whole build (issue 17's budget).
    logger.info(`절 공유 주소: 페이지 ${pages.length}개(${(bytes / 1024).toFixed(0)} KB)를 ${Math.round(performance.now() - started)} ms에 썼습니다.`);
  },
};
