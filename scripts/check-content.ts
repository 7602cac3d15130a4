// `npm run check`: checks every note in content/ (or $CONTENT_DIR) with the build's own pipeline and prints every
// problem, sorted by file and line: `file:line:column — what is wrong 고치는 법: how to fix (infra-notes:rule-id)`.
// Exits 1 when there is any problem. Notes compiled before without a problem and unchanged since are not compiled
// again, and what it compiles the build then takes from the same cache (src/lib/markdown/compiled-notes.ts).
import { buildCacheDirs, contentDir } from '../src/config/site.ts';
import { validateDataFiles } from '../src/lib/checks/data-files.ts';
import { formatMessage, sortMessages } from '../src/lib/checks/report.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { CompiledNotes } from '../src/lib/markdown/compiled-notes.ts';
import { noteCompilerSettings } from '../src/lib/markdown/pipeline.ts';
import { sharedRenderer } from '../src/lib/mermaid/renderer.ts';

const compiledNotes = new CompiledNotes(buildCacheDirs.compiledNotes, noteCompilerSettings());
try {
  const problems = sortMessages([...(await checkContent(contentDir, sharedRenderer, 'public', compiledNotes)), ...(await validateDataFiles(contentDir)).flatMap((file) => file.messages)]);
  for (const problem of problems) console.error(formatMessage(problem));
  // From the process's start: loading the pipeline (Shiki, the diagram renderer) is part of what the check costs.
  const seconds = (performance.now() / 1000).toFixed(1);
  const { compiled, cached } = compiledNotes.stats;
  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    console.error(`\n노트 검사: 파일 ${files}개에서 문제 ${problems.length}개 (${seconds}초). 위의 "고치는 법"대로 고친 뒤 다시 실행하세요.`);
    process.exitCode = 1;
  } else {
    console.log(`노트 검사: 문제 없음 (${seconds}초; 노트 ${compiled}개를 컴파일했고 ${cached}개는 바뀌지 않아 캐시에서 가져왔습니다).`);
  }
} finally {
  await sharedRenderer.close();
}
