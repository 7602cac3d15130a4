import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type AnchorRegistry, compareWithRegistry, formatLost, registryAdditions } from '../../../lib/anchor-registry.ts';
import type { PostBuildStep } from '../step.ts';

/** Any non-empty CI (`true`, `1`, …): the committed registry is then a lockfile to verify, never to write. */
export function isContinuousIntegration(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.CI ?? '') !== '';
}

/** The committed registry (content/anchor-registry.json), its text as read ('' when there is none yet). */
export async function readRegistry(contentDir: string): Promise<{ file: string; text: string; registry: AnchorRegistry }> {
  const file = path.join(contentDir, 'anchor-registry.json');
  const text = existsSync(file) ? await readFile(file, 'utf8') : '';
  return { file, text, registry: text ? JSON.parse(text) : {} };
}

/**
 * content/anchor-registry.json works like a lockfile: every URL and section id it lists must still land
 * (else the build fails, saying how to keep the old id); a developer's build adds new pages and sections
 * to it, to be committed with the note; on CI a registry that is not up to date is an error.
 */
export const anchorRegistry: PostBuildStep = {
  name: '앵커 레지스트리',
  async run({ site, contentDir, logger, onSuccess }) {
    const { file: registryFile, text: current, registry } = await readRegistry(contentDir);
    const { lost, next } = compareWithRegistry(registry, site);
    if (lost.length > 0) throw new Error(`공유된 링크 ${lost.length}개가 사라졌습니다:\n${lost.map((item) => `  ${formatLost(item)}`).join('\n')}`);
    const serialized = `${JSON.stringify(next, null, 2)}\n`;
    if (serialized !== current) {
      const added = registryAdditions(registry, next);
      if (isContinuousIntegration()) {
        const what = added.length > 0 ? `커밋된 파일에 없는 주소와 절 ${added.length}개:\n${added.map((item) => `  ${item}`).join('\n')}` : '내용은 같지만 정렬이나 형식이 다릅니다.';
        throw new Error(
          `${registryFile}이(가) 이 빌드와 맞지 않습니다 (CI에서는 확인만 하고 쓰지 않습니다). ${what}\n고치는 법: 로컬에서 \`npm run build\`를 실행하고 바뀐 ${registryFile}을(를) 노트와 함께 커밋하세요.`,
        );
      }
      onSuccess(async () => {
        await writeFile(registryFile, serialized);
        logger.info(`${registryFile}에 새 주소와 절 ${added.length}개를 기록했습니다. 노트와 함께 커밋하세요.`);
      });
    }
    const sections = Object.values(next).reduce((sum, ids) => sum + ids.length, 0);
    logger.info(`앵커 레지스트리: 주소 ${Object.keys(next).length}개, 절 ${sections}개가 그대로 이어집니다.`);
  },
};
