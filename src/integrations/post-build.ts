import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { buildCacheDirs, contentDir } from '../config/site.ts';
import { type AnchorRegistry, compareWithRegistry, formatLost } from '../lib/anchor-registry.ts';
import { type BuiltPage, readBuiltSite } from '../lib/built-site.ts';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders, withCspMeta } from '../lib/csp.ts';
import { findBrokenLinks } from '../lib/link-check.ts';
import { ogImagePath } from '../lib/og/og-image.ts';
import { siteCards } from '../lib/og/site-cards.ts';
import { prefillOgCards, renderOgImages } from '../lib/og/render-og-images.ts';
import { precompress } from '../lib/precompress.ts';
import { visibleText, withSiteFont, writeSiteFont } from '../lib/fonts/subset-site-font.ts';

/**
 * What happens to dist/ after Astro wrote it, in order, reading the built pages once:
 * 1. no broken internal link or anchor; 2. no published URL or section id lost (anchor registry);
 * 3. Open Graph cards written (the topic pages' drawn ahead, while Astro builds); 4. in one rewrite of every
 * page, the web font cut to the site's text (rules inline, slices preloaded) and the CSP put in (and in
 * _headers); 5. the Pagefind full-text index written; 6. text files precompressed (.gz, .br) for the server.
 * Any failure stops the build. Each step's cache drops its entries a week of builds left unused.
 */
export function postBuild(): AstroIntegration {
  let base = '/';
  let prefill: Promise<number> | undefined;
  return {
    name: 'infra-notes:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:config:setup': ({ updateConfig, logger }) => {
        // The topic pages' cards are drawn while Astro renders the pages, which leaves a core idle much of
        // the time; step 3 below then finds them in the cache. Not earlier: while Astro compiles the notes
        // both cores are busy, and drawing then slowed the whole build. A failure here only costs time.
        const startPrefill = () => {
          prefill ??= siteCards(contentDir)
            .then((cards) => prefillOgCards(cards.map((card) => card.text), path.resolve(buildCacheDirs.ogCards)))
            .catch((error: unknown) => {
              logger.warn(`Open Graph 이미지를 미리 그리지 못했습니다. 빌드 뒤에 그립니다: ${String(error)}`);
              return 0;
            });
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'infra-notes:og-prefill',
                apply: 'build',
                // The server bundle is written: the notes are compiled and page rendering starts next.
                writeBundle() {
                  if (this.environment?.name !== 'client') startPrefill();
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const site = await readBuiltSite(distDir, base, path.resolve(buildCacheDirs.parsedPages));
        checkLinks(site, distDir, base, logger);
        await checkAnchorRegistry(site, logger);
        await drawOgImages(distDir, (await prefill) ?? 0, logger);
        await rewritePages(site, distDir, base, logger);
        await writeSearchIndex(distDir, logger);
        const { files, bytes, gzipBytes, brotliBytes, cached } = await precompress(distDir, path.resolve(buildCacheDirs.precompressed));
        const kb = (value: number) => `${(value / 1024).toFixed(0)} KB`;
        logger.info(`미리 압축: 파일 ${files}개 ${kb(bytes)} → gzip ${kb(gzipBytes)}, brotli ${kb(brotliBytes)} (${cached}개는 캐시에서)`);
      },
    },
  };
}

function checkLinks(site: Map<string, BuiltPage>, distDir: string, base: string, logger: AstroIntegrationLogger): void {
  const broken = findBrokenLinks(site, base, (pathname) => existsSync(path.join(distDir, pathname)));
  if (broken.length > 0) {
    const lines = broken.map(({ page, href, problem }) => `  ${page} → ${href}: ${problem}`);
    throw new Error(`깨진 링크 ${broken.length}개 (페이지 → 링크):\n${lines.join('\n')}`);
  }
  logger.info(`링크 검사: 페이지 ${site.size}개의 내부 링크와 앵커가 모두 이어집니다.`);
}

/**
 * New pages and sections are added to content/anchor-registry.json, to be committed with the note; on CI
 * (CI=true) a registry that is not up to date is an error, because the committed file is the promise.
 */
async function checkAnchorRegistry(site: Map<string, BuiltPage>, logger: AstroIntegrationLogger): Promise<void> {
  const registryFile = path.join(contentDir, 'anchor-registry.json');
  const current = existsSync(registryFile) ? await readFile(registryFile, 'utf8') : '';
  const registry: AnchorRegistry = current ? JSON.parse(current) : {};
  const { lost, next } = compareWithRegistry(registry, site);
  if (lost.length > 0) throw new Error(`공유된 링크 ${lost.length}개가 사라졌습니다:\n${lost.map((item) => `  ${formatLost(item)}`).join('\n')}`);
  const serialized = `${JSON.stringify(next, null, 2)}\n`;
  if (serialized !== current) {
    if (process.env.CI === 'true') {
      throw new Error(`${registryFile}가 빌드와 맞지 않습니다. 고치는 법: 로컬에서 npm run build를 실행하고 바뀐 ${registryFile}를 커밋하세요.`);
    }
    await writeFile(registryFile, serialized);
    logger.info(`${registryFile}에 새 페이지와 절을 기록했습니다. 노트와 함께 커밋하세요.`);
  }
  const sections = Object.values(next).reduce((sum, ids) => sum + ids.length, 0);
  logger.info(`앵커 레지스트리: 주소 ${Object.keys(next).length}개, 절 ${sections}개가 그대로 이어집니다.`);
}

async function drawOgImages(distDir: string, prefilled: number, logger: AstroIntegrationLogger): Promise<void> {
  // The same cards, from the same function, as the layout announced in each page's meta tags.
  const jobs = (await siteCards(contentDir)).map(({ url, text }) => ({ file: path.join(distDir, ogImagePath(url)), ...text }));
  const { rendered, cached } = await renderOgImages(jobs, path.resolve(buildCacheDirs.ogCards));
  logger.info(`Open Graph 이미지: 빌드 중에 ${prefilled}개를 미리 그렸고, 빌드 뒤에 ${rendered}개를 새로 그렸고 ${cached}개는 캐시에서 가져왔습니다.`);
}

/**
 * The two edits every page gets after the build, made in one read and one write of each page (on 3,000
 * pages a pass costs seconds): the site font's rules and preloads (cut from the text of all pages), then
 * the Content-Security-Policy. One policy serves the whole site (the same inline scripts appear on every
 * page), as a <meta> in each page and as headers in dist/_headers for hosts that read it (Netlify,
 * Cloudflare Pages); the nginx config in deploy/ carries the same headers.
 */
async function rewritePages(site: Map<string, BuiltPage>, distDir: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const pages = await Promise.all(
    [...site.values()].map(async (page) => {
      const html = await readFile(page.file, 'utf8');
      return { file: page.file, html, text: visibleText(html) };
    }),
  );
  const font = await writeSiteFont(distDir, pages.map((page) => page.text), base);
  logger.info(`웹 글꼴: 글자 ${font.characters}자를 ${font.slices.length}개 파일(${(font.bytes / 1024).toFixed(0)} KB)로 잘라 페이지마다 쓰는 파일을 미리 불러옵니다.`);

  const hashes = [...new Set(pages.flatMap((page) => inlineScriptHashes(page.html)))].sort();
  const metaPolicy = contentSecurityPolicy(hashes, 'meta');
  await Promise.all(
    pages.map((page) => writeFile(page.file, withCspMeta(withSiteFont(page.html, page.text, font, base, path.relative(distDir, page.file)), metaPolicy))),
  );
  const headers = Object.entries(securityHeaders(contentSecurityPolicy(hashes, 'header')))
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n');
  await writeFile(path.join(distDir, '_headers'), `/*\n${headers}\n`);
  logger.info(`CSP: 인라인 스크립트 ${hashes.length}종을 해시로 허용하고 페이지 ${pages.length}개와 _headers에 넣었습니다.`);
}

/** Only `data-pagefind-body` regions are indexed (the article), so sidebars, TOC and buttons stay out. */
async function writeSearchIndex(distDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  try {
    if (!index || errors.length > 0) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    logger.info(`Pagefind: 페이지 ${added.page_count}개를 색인했습니다.`);
  } catch (error) {
    throw new Error('Pagefind 색인을 만들지 못했습니다.', { cause: error });
  } finally {
    await pagefind.close();
  }
}
