import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BuiltPage } from '../../../lib/built-site.ts';
import type { PostBuildStep } from '../step.ts';

/** HTML above this is far above a normal page here (the largest topic page, diagrams inline, is ~200 KB). */
const largePageBytes = 1024 * 1024;

/** Pages above `limit` bytes, largest first, with the note each comes from when it is a topic page. */
export function largePages(pages: Iterable<Pick<BuiltPage, 'url' | 'bytes'>>, contentDir: string, limit = largePageBytes): Array<{ url: string; bytes: number; note?: string }> {
  return [...pages]
    .filter((page) => page.bytes > limit)
    .sort((a, b) => b.bytes - a.bytes || a.url.localeCompare(b.url))
    .map(({ url, bytes }) => {
      const note = path.join(contentDir, `${url.replace(/^\/|\/$/g, '')}.mdx`);
      return { url, bytes, ...(url !== '/' && existsSync(note) ? { note } : {}) };
    });
}

/** A warning, not a failure: a big page still works, but it is slow to load and usually a mistake. */
export const pageSizes: PostBuildStep = {
  name: '페이지 크기',
  run({ site, contentDir, logger }) {
    for (const { url, bytes, note } of largePages(site.values(), contentDir)) {
      logger.warn(
        `페이지가 아주 큽니다: ${url} (HTML ${(bytes / 1024 / 1024).toFixed(1)} MB)${note ? `, 노트 ${note}` : ''}. ` +
          '고치는 법: 큰 다이어그램이나 긴 코드 블록을 줄이거나, 노트를 주제별로 나누세요.',
      );
    }
  },
};
