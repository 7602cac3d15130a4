// `npm run compare:starlight`: the same content/ built, in one run, as a default Astro Starlight site and as this
// site, in a temporary folder (Starlight is never added to this project). Prints each site's build from cold and
// after one note's body changed (this site's with where the time went), dist/ size, Pagefind index size and the
// first-load weight of a topic page (HTML, CSS, JS gzipped), then leaves the Starlight build in place for
// `npm run bench:pages`:
//   BENCH_PAGES_VS=<printed folder>/starlight/dist npm run bench:pages
// Needs the npm registry (it installs Starlight there). This site is built with `npm run build` (the note check
// included) from a copy of content/ with empty caches of its own, then again after the edit.
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { directorySize } from './lib/directory-size.ts';
import { firstLoadWeight } from './lib/page-weight.ts';
import { buildSite, editNote, siteBuildEnv } from './lib/site-build.ts';
import { starlightSite, starlightVersions } from './lib/starlight-site.ts';
import { formatStages } from './lib/timed-build.ts';

const projectRoot = process.cwd();
const work = process.env.STARLIGHT_DIR ?? (await mkdtemp(path.join(tmpdir(), 'infra-notes-starlight-')));
/** The note whose body changes between the two builds of each site. */
const editedNote = path.join('messaging', 'kafka.mdx');
console.log(`작업 폴더: ${work}`);

const starlight = await starlightSite(path.join(work, 'starlight'), path.join(projectRoot, 'content'), path.join(projectRoot, 'public'));
const theirCold = await starlight.build(path.join(work, 'starlight-cold.log'));
await editNote(path.join(starlight.docs, editedNote));
const theirEdited = await starlight.build(path.join(work, 'starlight-edited.log'));

const site = path.join(work, 'site');
await cp(path.join(projectRoot, 'content'), path.join(site, 'content'), { recursive: true });
const env = siteBuildEnv(site, path.join(site, 'content'));
const ours = path.join(site, 'dist');
const ourCold = await buildSite(env, ours, path.join(work, 'site-cold.log'));
await editNote(path.join(site, 'content', editedNote));
const ourEdited = await buildSite(env, ours, path.join(work, 'site-edited.log'));

/** Sizes count what a host stores once: the .gz/.br twins only this site writes are left out. */
const precompressed = /\.(gz|br)$/;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const theirs = path.join(starlight.dir, 'dist');
const pageWeight = async (distDir: string) => firstLoadWeight(distDir, await readFile(path.join(distDir, 'messaging/kafka/index.html'), 'utf8'));
const [ourPage, theirPage] = await Promise.all([pageWeight(ours), pageWeight(theirs)]);
const ratio = (mine: number, theirsSeconds: number) => `${(mine / theirsSeconds).toFixed(2)}×`;

console.log(`\nStarlight ${starlightVersions['@astrojs/starlight']}: 노트 ${starlight.notes}개 (다이어그램은 그리지 않고 코드로 둡니다). 편집한 노트: ${editedNote}`);
console.log('\n                         인프라 노트      Starlight   배율');
console.log(
  `빌드, 콜드(캐시 없음)   ${`${ourCold.seconds.toFixed(1)} s`.padStart(12)} ${`${theirCold.seconds.toFixed(1)} s`.padStart(14)}   ${ratio(ourCold.seconds, theirCold.seconds)} (목표 ≤ 2.0×)`,
);
console.log(
  `빌드, 노트 하나 편집 뒤 ${`${ourEdited.seconds.toFixed(1)} s`.padStart(12)} ${`${theirEdited.seconds.toFixed(1)} s`.padStart(14)}   ${ratio(ourEdited.seconds, theirEdited.seconds)} (목표 ≤ 1.0×)`,
);
console.log(`최대 메모리, 콜드       ${`${ourCold.peakMb.toFixed(0)} MB`.padStart(12)} ${`${theirCold.peakMb.toFixed(0)} MB`.padStart(14)}`);
console.log(`dist/ (압축본 제외)     ${mb(await directorySize(ours, precompressed)).padStart(12)} ${mb(await directorySize(theirs, precompressed)).padStart(14)}`);
console.log(
  `Pagefind 색인           ${mb(await directorySize(path.join(ours, 'pagefind'), precompressed)).padStart(12)} ${mb(await directorySize(path.join(theirs, 'pagefind'), precompressed)).padStart(14)}`,
);
console.log(`/messaging/kafka/ HTML  ${kb(ourPage.html).padStart(12)} ${kb(theirPage.html).padStart(14)}   (gzip)`);
console.log(`               CSS      ${kb(ourPage.css).padStart(12)} ${kb(theirPage.css).padStart(14)}`);
console.log(`               JS       ${kb(ourPage.js).padStart(12)} ${kb(theirPage.js).padStart(14)}`);
// Loaded on the first hover or keyboard focus of a link in a note, not with the page (budget ≤ 3 KB).
const previewChunk = (await readdir(path.join(ours, '_astro'))).find((file) => /^link-preview\.[\w-]+\.js$/.test(file));
if (previewChunk) console.log(`  링크 미리보기 JS (첫 사용 때) ${kb(gzipSync(await readFile(path.join(ours, '_astro', previewChunk)), { level: 9 }).length).padStart(8)}`);
console.log('\n인프라 노트의 빌드 시간이 간 곳 (초; npm run build, 노트 검사 포함):');
console.log(`  콜드:        ${formatStages(ourCold.stages)}`);
console.log(`  편집 뒤:     ${formatStages(ourEdited.stages)}`);
console.log(`\n빌드 로그: ${work}/*.log`);
console.log(`Lighthouse, both sites in one run: BENCH_PAGES_VS=${theirs} npm run bench:pages`);
