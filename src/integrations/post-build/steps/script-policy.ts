import { allowedScriptHashes, findScriptingProblems } from '../../../lib/csp.ts';
import type { PostBuildStep } from '../step.ts';

/**
 * The CSP allows the site's own inline scripts by hash (src/lib/site-scripts.ts). Anything else that
 * would run on a page (an unknown inline script, an on… attribute, a javascript: URL) stops the build,
 * naming the page, instead of being hashed into the policy or left for the browser to block.
 */
export const scriptPolicy: PostBuildStep = {
  name: '스크립트 검사',
  run({ site, logger }) {
    const problems = findScriptingProblems(site.values(), allowedScriptHashes());
    if (problems.length > 0) {
      throw new Error(
        `사이트가 넣지 않은 스크립트 ${problems.length}개 (페이지: 무엇):\n${problems.map(({ url, problem }) => `  ${url}: ${problem}`).join('\n')}\n` +
          '고치는 법: 노트에는 <script>, on… 속성(onclick 등), javascript: 주소를 쓸 수 없으니 지우세요. 레이아웃에 필요한 인라인 스크립트라면 src/lib/site-scripts.ts에 두고 set:html로 넣으세요.',
      );
    }
    logger.info(`스크립트 검사: 페이지 ${site.size}개에 사이트의 인라인 스크립트 말고는 실행되는 코드가 없습니다.`);
  },
};
