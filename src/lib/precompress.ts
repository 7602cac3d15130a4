import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
// Pagefind's .pf_* and .pagefind files are gzip inside already.
const compressible = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

/**
 * Writes `.gz` and `.br` beside every text file of the build, compressed once at the highest level, so
 * a server (nginx `gzip_static` / `brotli_static`) sends them without compressing per request.
 * Files under 1 KB are left alone: compression would not pay for the extra header.
 */
export async function precompress(distDir: string): Promise<{ files: number; bytes: number; gzipBytes: number; brotliBytes: number }> {
  const totals = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const files = (await readdir(distDir, { recursive: true })).filter((file) => compressible.test(file));
  for (const file of files) {
    const full = path.join(distDir, file);
    const content = await readFile(full);
    if (content.length < 1024) continue;
    const [gzipped, brotli] = await Promise.all([
      gzipAsync(content, { level: 9 }),
      brotliAsync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    ]);
    await Promise.all([writeFile(`${full}.gz`, gzipped), writeFile(`${full}.br`, brotli)]);
    totals.files++;
    totals.bytes += content.length;
    totals.gzipBytes += gzipped.length;
    totals.brotliBytes += brotli.length;
  }
  return totals;
}
