import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishStaged, stagingDirFor } from '../../src/integrations/post-build/staging.ts';
import { type PostBuildStep, runSteps } from '../../src/integrations/post-build/step.ts';
import { anchorRegistry, isContinuousIntegration } from '../../src/integrations/post-build/steps/anchor-registry.ts';
import { largePages } from '../../src/integrations/post-build/steps/page-sizes.ts';
import { rewritePages } from '../../src/integrations/post-build/steps/rewrite-pages.ts';
import { postBuildSteps } from '../../src/integrations/post-build/steps.ts';
import type { BuiltPage } from '../../src/lib/built-site.ts';

const logged: string[] = [];
const logger = { info: (line: string) => logged.push(line), warn: (line: string) => logged.push(line), error() {}, debug() {} } as unknown as AstroIntegrationLogger;

const builtPage = (url: string, sectionIds: string[], bytes = 1000): BuiltPage => ({
  url,
  file: `/dist${url}index.html`,
  ids: new Set(sectionIds),
  sectionIds,
  sections: sectionIds.map((id) => ({ id, level: 2, title: id, opening: '' })),
  aliases: {},
  links: [],
  meta: {},
  inlineScripts: [],
  scriptingAttributes: [],
  bytes,
});

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'post-build-'));
  logged.length = 0;
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(work, { recursive: true, force: true });
});

const contextFor = (site: Map<string, BuiltPage>) => ({ distDir: work, base: '/', contentDir: work, site, logger, prefilledCards: Promise.resolve(0) });

describe('post-build steps', () => {
  it('rewrite every page with markup that does not depend on the notes: a new character in one page leaves the others byte for byte', async () => {
    const page = (text: string) => `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/fonts/site-fonts.css"></head><body><p>${text}</p></body></html>`;
    const build = async (edited: string) => {
      const site = new Map<string, BuiltPage>();
      for (const [url, text] of [
        ['/a/', '카프카 파티션'],
        ['/b/', edited],
      ] as const) {
        await mkdir(path.join(work, url), { recursive: true });
        await writeFile(path.join(work, url, 'index.html'), page(text));
        site.set(url, { ...builtPage(url, []), file: path.join(work, url, 'index.html') });
      }
      await rewritePages.run(contextFor(site) as never);
      return { a: await readFile(path.join(work, 'a', 'index.html'), 'utf8'), b: await readFile(path.join(work, 'b', 'index.html'), 'utf8') };
    };
    const before = await build('레디스 캐시');
    // 뷁 is in no note: before the font plan, it moved characters between the slices cut from the pages
    // and changed the font rules inlined into every page, so every page was rewritten and recompressed.
    const after = await build('레디스 캐시 뷁');
    expect(after.a).toBe(before.a);
    expect(after.b.replace(' 뷁', '')).toBe(before.b);
    expect(before.a).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(logged.some((line) => line.includes('1자는 사이트 조각 밖이라 Pretendard 조각에서 옵니다 (뷁'))).toBe(true);
  }, 60_000);

  it('run in one ordered list: checks before the outputs, compression last', () => {
    const names = postBuildSteps.map((step) => step.name);
    expect(names.slice(0, 3)).toEqual(['링크 검사', '앵커 레지스트리', '스크립트 검사']);
    expect(names.at(-1)).toBe('미리 압축');
    expect(new Set(names).size).toBe(names.length);
  });

  it('a failing step names itself, stops the steps after it, and drops what waited for success', async () => {
    const ran: string[] = [];
    const steps: PostBuildStep[] = [
      { name: '첫째', run: ({ onSuccess }) => void onSuccess(async () => void ran.push('after-success')) },
      {
        name: '둘째',
        run: () => {
          throw new Error('여기서 실패');
        },
      },
      { name: '셋째', run: () => void ran.push('셋째') },
    ];
    await expect(runSteps(steps, contextFor(new Map()))).rejects.toThrow(/^빌드 뒤 단계 "둘째"에서 멈췄습니다\. 이전 빌드 결과는 그대로 둡니다\.\n여기서 실패$/);
    expect(ran).toEqual([]);
    await expect(runSteps([steps[0]!, steps[2]!], contextFor(new Map()))).resolves.toBeUndefined();
    expect(ran).toEqual(['셋째', 'after-success']);
  });
});

describe('anchor registry as a lockfile', () => {
  const site = new Map([
    ['/', builtPage('/', [])],
    ['/messaging/kafka/', builtPage('/messaging/kafka/', ['acks', '리더-선출'])],
  ]);
  const registryFile = () => path.join(work, 'anchor-registry.json');

  it('any non-empty CI counts, not only CI=true', () => {
    expect(isContinuousIntegration({ CI: 'true' })).toBe(true);
    expect(isContinuousIntegration({ CI: '1' })).toBe(true);
    expect(isContinuousIntegration({ CI: '' })).toBe(false);
    expect(isContinuousIntegration({})).toBe(false);
  });

  it("on a developer's build, new pages and sections are written, once every step passed", async () => {
    vi.stubEnv('CI', '');
    await writeFile(registryFile(), `${JSON.stringify({ '/messaging/kafka/': ['acks'] }, null, 2)}\n`);
    await runSteps([anchorRegistry], contextFor(site));
    expect(JSON.parse(await readFile(registryFile(), 'utf8'))).toEqual({ '/': [], '/messaging/kafka/': ['acks', '리더-선출'] });
    expect(logged.join('\n')).toMatch(/새 주소와 절 2개를 기록했습니다/);
  });

  it('on CI (CI=1) a stale registry fails, saying what is missing and the command to run, and is never written', async () => {
    vi.stubEnv('CI', '1');
    const committed = `${JSON.stringify({ '/messaging/kafka/': ['acks'] }, null, 2)}\n`;
    await writeFile(registryFile(), committed);
    const run = runSteps([anchorRegistry], contextFor(site));
    await expect(run).rejects.toThrow(/"앵커 레지스트리"에서 멈췄습니다/);
    await expect(run).rejects.toThrow(/커밋된 파일에 없는 주소와 절 2개:\n {2}\/ \(새 페이지\)\n {2}\/messaging\/kafka\/#리더-선출 \(새 절\)\n고치는 법: 로컬에서 `npm run build`를 실행하고/);
    expect(await readFile(registryFile(), 'utf8')).toBe(committed);
  });

  it('on CI an up-to-date registry passes untouched', async () => {
    vi.stubEnv('CI', 'true');
    const committed = `${JSON.stringify({ '/': [], '/messaging/kafka/': ['acks', '리더-선출'] }, null, 2)}\n`;
    await writeFile(registryFile(), committed);
    await runSteps([anchorRegistry], contextFor(site));
    expect(await readFile(registryFile(), 'utf8')).toBe(committed);
  });
});

describe('large pages', () => {
  it('names pages above the limit, largest first, with their note', async () => {
    await mkdir(path.join(work, 'messaging'), { recursive: true });
    await writeFile(path.join(work, 'messaging', 'kafka.mdx'), '');
    const pages = [builtPage('/messaging/kafka/', [], 2_000_000), builtPage('/tags/', [], 1_500_000), builtPage('/', [], 900_000)];
    expect(largePages(pages, work)).toEqual([
      { url: '/messaging/kafka/', bytes: 2_000_000, note: path.join(work, 'messaging', 'kafka.mdx') },
      { url: '/tags/', bytes: 1_500_000 },
    ]);
  });
});

describe('staged output', () => {
  it('is built beside the output folder and swapped in whole; the old output is gone afterwards', async () => {
    const outDir = path.join(work, 'dist');
    const staging = stagingDirFor(outDir);
    expect(staging).toBe(path.join(work, '.dist.next'));
    await mkdir(path.join(outDir, 'old-page'), { recursive: true });
    await writeFile(path.join(outDir, 'old-page', 'index.html'), 'old');
    await mkdir(staging, { recursive: true });
    await writeFile(path.join(staging, 'index.html'), 'new');
    await publishStaged(staging, outDir);
    expect(await readdir(outDir)).toEqual(['index.html']);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect((await readdir(work)).sort()).toEqual(['dist']);
    expect(existsSync(staging)).toBe(false);
  });

  it('publishes into a folder that did not exist yet', async () => {
    const outDir = path.join(work, 'fresh');
    await mkdir(stagingDirFor(outDir), { recursive: true });
    await writeFile(path.join(stagingDirFor(outDir), 'index.html'), 'first');
    await publishStaged(stagingDirFor(outDir), outDir);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('first');
  });
});
