// `npm run check`: checks every note in content/ (or $CONTENT_DIR) and prints each problem on one line:
// `file:line — what is wrong 고치는 법: how to fix`. Exits 1 when there is any problem.
import { contentDir } from '../src/config/site.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { sharedRenderer } from '../src/lib/mermaid/renderer.ts';

const started = Date.now();
try {
  const problems = await checkContent(contentDir, sharedRenderer);
  for (const problem of problems) console.error(problem.message);
  if (problems.length > 0) {
    console.error(`\n노트 검사: 문제 ${problems.length}개. 위의 "고치는 법"대로 고친 뒤 다시 실행하세요.`);
    process.exitCode = 1;
  } else {
    console.log(`노트 검사: 문제 없음 (${((Date.now() - started) / 1000).toFixed(1)}초).`);
  }
} finally {
  await sharedRenderer.close();
}
