import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { allowedScriptHashes, contentSecurityPolicy, securityHeaders, withCspMeta } from '../../../lib/csp.ts';
import { visibleText, withSiteFont, writeSiteFont } from '../../../lib/fonts/subset-site-font.ts';
import type { PostBuildStep } from '../step.ts';

/**
 * The two edits every page gets after the build, made in one read and one write of each page (on 3,000
 * pages a pass costs seconds): the site font's rules (cut from the text of all pages), then
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
    const font = await writeSiteFont(
      distDir,
      pages.map((page) => page.text),
      base,
    );
    logger.info(`웹 글꼴: 글자 ${font.characters}자를 ${font.slices.length}개 파일(${(font.bytes / 1024).toFixed(0)} KB)로 잘랐습니다. 페이지는 시스템 글꼴로 먼저 그리고 웹 글꼴로 바꿉니다.`);

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
