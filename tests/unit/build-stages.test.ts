import { describe, expect, it } from 'vitest';
import { buildStages } from '../../scripts/lib/timed-build.ts';

/** The benchmarks' split of a build's wall time, read from the log `npm run build` prints (colours included). */
describe('build stages from the build log', () => {
  const log = [
    '노트 검사: 문제 없음 (1.5초; 노트 1개를 컴파일했고 36개는 바뀌지 않아 캐시에서 가져왔습니다).',
    '09:00:01 [build] \x1b[32m✓ Completed in 2.50s.\x1b[39m',
    '09:00:05 [vite] ✓ built in 3.25s',
    '09:00:05 [vite] ✓ built in 250ms',
    '09:00:06 ✓ Completed in 916ms.',
    '09:00:06 [build] ✓ Completed in 4.50s.',
    '09:00:06 [infra-notes:post-build] 페이지 읽기: 페이지 82개 (0.40초)',
    '09:00:09 [infra-notes:post-build] 빌드 뒤 단계 시간: 링크 검사 0.10초, Open Graph 이미지 1.00초, 미리 압축 0.50초',
  ].join('\n');

  it('names the check, the Astro stages, reading the pages and every post-build step, and the rest', () => {
    const stages = Object.fromEntries(buildStages(log, 12).map(({ stage, seconds }) => [stage, Number(seconds.toFixed(3))]));
    expect(stages).toEqual({
      검사: 1.5,
      '콘텐츠 동기화': 2.5,
      '번들(노트 컴파일)': 3.5,
      '페이지 렌더링': 0.916,
      '페이지 읽기': 0.4,
      '링크 검사': 0.1,
      'Open Graph 이미지': 1,
      '미리 압축': 0.5,
      '기타(시작, 설정, 게시)': 1.584,
    });
  });
});
