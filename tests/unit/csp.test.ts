import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSteps } from '../../src/integrations/post-build/step.ts';
import { scriptPolicy } from '../../src/integrations/post-build/steps/script-policy.ts';
import { type BuiltPage, readBuiltSite } from '../../src/lib/built-site.ts';
import { allowedScriptHashes, contentSecurityPolicy, findScriptingProblems, scriptHash } from '../../src/lib/csp.ts';
import { themeInitScript, webFontInitScript } from '../../src/lib/site-scripts.ts';

const page = (body: string, head = `<script>${themeInitScript}</script>`) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8">${head}<script type="module" src="/_astro/x.js"></script></head><body>${body}</body></html>`;

let dir: string;
let site: Map<string, BuiltPage>;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'csp-'));
  const pages: Record<string, string> = {
    'index.html': page('<p>괜찮은 페이지</p><a href="/messaging/kafka/">카프카</a>'),
    'messaging/kafka/index.html': page('<p>노트</p><script>alert(1)</script>'),
    'network/dns/index.html': page('<button onclick="steal()">x</button><a href=" java\tscript:alert(1)">y</a><svg><script>alert(2)</script></svg>'),
    'devops/ci/index.html': page('<p>테마 스크립트 한 글자가 다름</p>', `<script>${themeInitScript} </script>`),
  };
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
  }
  site = await readBuiltSite(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const silent = { info() {}, warn() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;

describe('the CSP', () => {
  it('hashes a script as the browser does (sha256 of its exact text, base64)', () => {
    // The value Chrome prints in its CSP error for <script>alert(1)</script>.
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it("allows exactly the site's own inline scripts, known before any page is read", () => {
    const hashes = [scriptHash(themeInitScript), scriptHash(webFontInitScript)].sort();
    expect(allowedScriptHashes()).toEqual(hashes);
    const policy = contentSecurityPolicy(allowedScriptHashes(), 'meta');
    expect(policy).toContain(`script-src 'self' ${hashes.map((hash) => `'${hash}'`).join(' ')} 'wasm-unsafe-eval'`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy([], 'header')).toMatch(/script-src 'self' 'wasm-unsafe-eval'.*frame-ancestors 'none'/);
  });

  it('finds every inline script the site did not write, every on… attribute and javascript: URL, by page', () => {
    const problems = findScriptingProblems(site.values(), allowedScriptHashes());
    const byPage = (url: string) => problems.filter((problem) => problem.url === url).map((problem) => problem.problem);
    expect(byPage('/')).toEqual([]);
    expect(byPage('/messaging/kafka/')).toEqual([`사이트가 넣지 않은 인라인 스크립트 \`alert(1)\` (${scriptHash('alert(1)')})`]);
    expect(byPage('/network/dns/')).toEqual([
      `사이트가 넣지 않은 인라인 스크립트 \`alert(2)\` (${scriptHash('alert(2)')})`,
      '스크립트를 실행하는 속성 `<button onclick="steal()">`',
      '스크립트를 실행하는 속성 `<a href=" java\tscript:alert(1)">`',
    ]);
    // One space more than the site's script is another script: its hash is not allowed.
    expect(byPage('/devops/ci/')).toHaveLength(1);
  });

  it('the script-policy step stops the build, naming the step and each page', async () => {
    const run = runSteps([scriptPolicy], { distDir: dir, base: '/', contentDir: 'content', site, logger: silent, prefilledCards: Promise.resolve(0) });
    await expect(run).rejects.toThrow(/^빌드 뒤 단계 "스크립트 검사"에서 멈췄습니다/);
    await expect(run).rejects.toThrow(/\/messaging\/kafka\/: 사이트가 넣지 않은 인라인 스크립트 `alert\(1\)`/);
    await expect(run).rejects.toThrow(/고치는 법: 노트에는 <script>, on… 속성/);
    const clean = new Map([['/', site.get('/')!]]);
    await expect(runSteps([scriptPolicy], { distDir: dir, base: '/', contentDir: 'content', site: clean, logger: silent, prefilledCards: Promise.resolve(0) })).resolves.toBeUndefined();
  });
});
