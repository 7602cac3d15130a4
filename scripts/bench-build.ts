// `npm run bench:build`: how the build grows with the notes. Generates synthetic notes (Korean sentences
// taken from the real notes, headings, a table, code, one Mermaid diagram in five) at N = 30, 300 and
// 3,000 pages in a temporary folder and builds each with `npm run build` (the note check included) three
// times — cold (every cache empty), warm (nothing changed) and after one note's body changed — printing wall
// time, peak memory of the whole process tree, time per page, dist/ size, Pagefind index size and where the
// time went (check, Astro's stages, each post-build step). Beside them, the same notes built by stock Starlight
// (installed with npm in the temporary folder): cold and after the same edit.
// BENCH_SIZES=30,300 limits the sizes; BENCH_STARLIGHT=0 skips Starlight, BENCH_STARLIGHT_DIR=<folder> installs it
// there once for later runs (compare:starlight's <folder>/starlight works too); the folder is removed afterwards
// (BENCH_KEEP=1 keeps it, with every build's log).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { categories } from '../src/lib/categories.ts';
import { directorySize } from './lib/directory-size.ts';
import { sharePagesSize } from './lib/share-pages-size.ts';
import { buildSite, editNote, siteBuildEnv } from './lib/site-build.ts';
import { starlightSite } from './lib/starlight-site.ts';
import { sentenceBank, writeSyntheticSite } from './lib/synthetic-site.ts';
import { formatStages } from './lib/timed-build.ts';

const sizes = (process.env.BENCH_SIZES ?? '30,300,3000').split(',').map(Number);

const bank = await sentenceBank();
const work = await mkdtemp(path.join(tmpdir(), 'infra-notes-bench-'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`문장 ${bank.length}개로 합성 노트를 만듭니다. 작업 폴더: ${work}\n`);
console.log('pages  site       run     wall s   s/page   peak MB   dist      pagefind');
const row = (size: number, site: string, run: string, seconds: number, peakMb: number, dist: string, pagefind: string) =>
  [
    String(size).padStart(5),
    site.padEnd(10),
    run.padEnd(6),
    seconds.toFixed(1).padStart(8),
    (seconds / size).toFixed(3).padStart(8),
    peakMb.toFixed(0).padStart(9),
    dist.padStart(9),
    pagefind.padStart(10),
  ].join('  ');
const splits: string[] = [];
try {
  for (const size of sizes) {
    const root = path.join(work, `n${size}`);
    const content = path.join(root, 'content');
    await writeSyntheticSite(root, size, bank);
    // The note edited for "one note changed": the same one in both sites.
    const edited = path.join(categories[0]!.slug, 'synthetic-0.mdx');

    if (process.env.BENCH_STARLIGHT !== '0') {
      // One Starlight install for every size (npm install takes minutes); each size starts it cold.
      const starlight = await starlightSite(process.env.BENCH_STARLIGHT_DIR ?? path.join(work, 'starlight'), content);
      for (const run of ['cold', 'edited']) {
        if (run === 'edited') await editNote(path.join(starlight.docs, edited));
        const { seconds, peakMb } = await starlight.build(path.join(root, `starlight-${run}.log`));
        const dist = path.join(starlight.dir, 'dist');
        console.log(row(size, 'Starlight', run, seconds, peakMb, mb(await directorySize(dist)), mb(await directorySize(path.join(dist, 'pagefind')))));
      }
    }

    const env = siteBuildEnv(root, content);
    for (const run of ['cold', 'warm', 'edited']) {
      if (run === 'edited') await editNote(path.join(content, edited));
      const outDir = path.join(root, `dist-${run}`);
      const { seconds, peakMb, stages } = await buildSite(env, outDir, path.join(root, `build-${run}.log`));
      console.log(row(size, '인프라 노트', run, seconds, peakMb, mb(await directorySize(outDir)), mb(await directorySize(path.join(outDir, 'pagefind')))));
      console.log(`${' '.repeat(19)}절 공유 페이지 (dist 중 비율, 단계 시간): ${await sharePagesSize(outDir, path.join(root, `build-${run}.log`))}`);
      splits.push(`${String(size).padStart(5)} ${run.padEnd(6)} ${formatStages(stages)}`);
    }
  }
  console.log('\n인프라 노트의 빌드 시간이 간 곳 (초):');
  for (const split of splits) console.log(split);
} finally {
  if (!process.env.BENCH_KEEP) await rm(work, { recursive: true, force: true });
}
