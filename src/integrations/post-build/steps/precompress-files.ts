import path from 'node:path';
import { buildCacheDirs } from '../../../config/site.ts';
import { precompress } from '../../../lib/precompress.ts';
import type { PostBuildStep } from '../step.ts';

/** .gz and .br twins of the text files, for a server that serves them as they are (deploy/nginx.conf). */
export const precompressFiles: PostBuildStep = {
  name: '미리 압축',
  async run({ distDir, logger }) {
    const { files, bytes, gzipBytes, brotliBytes, cached } = await precompress(distDir, path.resolve(buildCacheDirs.precompressed));
    const kb = (value: number) => `${(value / 1024).toFixed(0)} KB`;
    logger.info(`미리 압축: 파일 ${files}개 ${kb(bytes)} → gzip ${kb(gzipBytes)}, brotli ${kb(brotliBytes)} (${cached}개는 캐시에서)`);
  },
};
