// `npm run bench:build`: how the build grows with the notes. Generates synthetic notes (Korean sentences
// taken from the real notes, headings, a table, code, one Mermaid diagram in five) at N = 30, 300 and
// 3,000 pages in a temporary folder, builds each twice — cold (empty diagram, card and compression caches) and warm —
// and prints wall time, peak memory, time per page, dist/ size and Pagefind index size.
// BENCH_SIZES=30,300 limits the sizes; the folder is removed afterwards (BENCH_KEEP=1 keeps it).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { directorySize } from './lib/directory-size.ts';
import { buildSite, sentenceBank, writeSyntheticSite } from './lib/synthetic-site.ts';

const sizes = (process.env.BENCH_SIZES ?? '30,300,3000').split(',').map(Number);

const bank = await sentenceBank();
const work = await mkdtemp(path.join(tmpdir(), 'infra-notes-bench-'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`문장 ${bank.length}개로 합성 노트를 만듭니다. 작업 폴더: ${work}\n`);
console.log('pages  run    wall s   s/page   peak MB   dist      pagefind');
try {
  for (const size of sizes) {
    const root = path.join(work, `n${size}`);
    const env = await writeSyntheticSite(root, size, bank);
    for (const run of ['cold', 'warm']) {
      const outDir = path.join(root, `dist-${run}`);
      const { seconds, peakMb } = await buildSite(env, outDir, path.join(root, `build-${run}.log`));
      const line = [
        String(size).padStart(5),
        run.padEnd(5),
        seconds.toFixed(1).padStart(8),
        (seconds / size).toFixed(3).padStart(8),
        peakMb.toFixed(0).padStart(9),
        mb(await directorySize(outDir)).padStart(9),
        mb(await directorySize(path.join(outDir, 'pagefind'))).padStart(10),
      ];
      console.log(line.join('  '));
    }
  }
} finally {
  if (!process.env.BENCH_KEEP) await rm(work, { recursive: true, force: true });
}
