// `npm run font-plan [dist folder]`: cuts the site's own web font slices from the text of a built site
// (`npm run build` first; dist/ by default) and writes them to src/lib/fonts/site-font-plan.json, which the
// build then uses as they are (src/lib/fonts/site-font-plan.ts says why the build does not cut them itself).
// Every page links to the font's stylesheet, so a new plan changes every page: run it when the build's log
// says many characters come from Pretendard's own files, not for each note.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pretendardSlices } from '../src/lib/fonts/pretendard-slices.ts';
import { plannedSlices, slicesByUse, visibleText } from '../src/lib/fonts/site-font-plan.ts';

const dist = process.argv[2] ?? 'dist';
const planFile = 'src/lib/fonts/site-font-plan.json';
const files = (await readdir(dist, { recursive: true })).sort();
// Text the stylesheets draw (`content: "›"` between breadcrumbs …), shown on any page: counted on every page.
let drawnByCss = '';
for (const file of files.filter((name) => name.endsWith('.css'))) {
  for (const [, double, single] of (await readFile(path.join(dist, file), 'utf8')).matchAll(/content:\s*(?:"([^"]*)"|'([^']*)')/g)) drawnByCss += double ?? single;
}
const texts: string[] = [];
for (const file of files.filter((name) => name.endsWith('.html'))) {
  const html = await readFile(path.join(dist, file), 'utf8');
  // Share and redirect pages send the reader on at once (a zero-second refresh): their text is never read.
  if (!html.includes('http-equiv="refresh"')) texts.push(`${visibleText(html)} ${drawnByCss}`);
}
if (texts.length === 0) throw new Error(`${dist}에 페이지가 없습니다. npm run build를 먼저 하세요.`);
const inFont = new Set((await pretendardSlices()).flatMap((slice) => slice.codePoints));
const slices = slicesByUse(texts, (codePoint) => inFont.has(codePoint));
const plan = {
  $comment: 'npm run font-plan이 빌드된 페이지의 글자로 자른 웹 글꼴 조각입니다. 손으로 고치지 마세요 (src/lib/fonts/site-font-plan.ts).',
  slices: slices.map((slice) => String.fromCodePoint(...slice)),
};
await writeFile(planFile, `${JSON.stringify(plan, null, 2)}\n`);
const same = JSON.stringify(slices) === JSON.stringify(plannedSlices);
console.log(
  `페이지 ${texts.length}개의 글자 ${slices.flat().length}자를 조각 ${slices.length}개로 잘라 ${planFile}에 썼습니다${same ? ' (이전과 같습니다)' : ' (바뀌었습니다: 모든 페이지가 새 글꼴 스타일시트를 가리킵니다)'}.`,
);
