import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCacheDirs } from '../../../config/site.ts';
import { allowedScriptHashes, contentSecurityPolicy, securityHeaders, withCspMeta } from '../../../lib/csp.ts';
import { unplannedCharacters, visibleText } from '../../../lib/fonts/site-font-plan.ts';
import { withSiteFont, writeSiteFont } from '../../../lib/fonts/subset-site-font.ts';
import type { PostBuildStep } from '../step.ts';

/**
 * The two edits every page gets after the build, made in one read and one write of each page (on 3,000
 * pages a pass costs seconds): the site font's markup (the same for every page and every set of notes, so
 * editing one note rewrites only that note's page, not all of them), then
 * the Content-Security-Policy. One policy serves the whole site, made from the site's own inline scripts
 * (the script-policy step has made sure no page carries another), as a <meta> in each page and as headers
 * in dist/_headers for hosts that read it (Netlify, Cloudflare Pages); the nginx config in deploy/ is
 * generated from that file.
 */
export const rewritePages: PostBuildStep = {
  name: '글꼴과 CSP',
  async run({ site, distDir, base, logger }) {
    const pages = await Promise.all(
      [...site.values()].map(async (page) => {
        const html = await readFile(page.file, 'utf8');
        return { file: page.file, html, text: visibleText(html) };
      }),
    );
    const font = await writeSiteFont(distDir, base, path.resolve(buildCacheDirs.fonts));
    const unplanned = unplannedCharacters(pages.map((page) => page.text));
    const fromPretendard = unplanned.filter((codePoint) => font.covers.has(codePoint));
    const notInFont = unplanned.filter((codePoint) => !font.covers.has(codePoint));
    const listed = (codePoints: number[]) => `${String.fromCodePoint(...codePoints.slice(0, 20))}${codePoints.length > 20 ? '…' : ''}`;
    logger.info(
      `웹 글꼴: 사이트 조각 ${font.planned}개(${(font.plannedBytes / 1024).toFixed(0)} KB)와 Pretendard 조각 ${font.slices.length - font.planned}개로 글자 ${font.covers.size}자를 덮습니다. ` +
        `페이지의 글자 중 ${fromPretendard.length}자는 사이트 조각 밖이라 Pretendard 조각에서 옵니다` +
        (fromPretendard.length > 0 ? ` (${listed(fromPretendard)}; 많아지면 npm run font-plan으로 조각을 다시 자르세요)` : '') +
        (notInFont.length > 0 ? `. ${notInFont.length}자(${listed(notInFont)})는 Pretendard에 없어 시스템 글꼴로 보입니다.` : '.'),
    );

    const hashes = allowedScriptHashes();
    const metaPolicy = contentSecurityPolicy(hashes, 'meta');
    await Promise.all(pages.map((page) => writeFile(page.file, withCspMeta(withSiteFont(page.html, font, base, path.relative(distDir, page.file)), metaPolicy))));
    const headers = Object.entries(securityHeaders(contentSecurityPolicy(hashes, 'header')))
      .map(([name, value]) => `  ${name}: ${value}`)
      .join('\n');
    await writeFile(path.join(distDir, '_headers'), `/*\n${headers}\n`);
    logger.info(`CSP: 사이트의 인라인 스크립트 ${hashes.length}종을 해시로 허용하고 페이지 ${pages.length}개와 _headers에 넣었습니다.`);
  },
};
