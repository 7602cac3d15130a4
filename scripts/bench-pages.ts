// `npm run bench:pages`: Lighthouse on the home page, a category page and a topic page, as a mobile phone
// (Lighthouse's default: slow 4G, 4× CPU slowdown) and as a desktop, served by the production nginx config
// (compression and cache headers as deployed). Prints the four category scores and LCP, TBT and CLS.
// Needs `npm run build` first. Runs the same Chromium as everything else (src/lib/browser.ts).
// BENCH_PAGES_DIST=<folder> measures another built site (e.g. a Starlight build, for comparison);
// BENCH_PAGES_PATHS=/,/a/,/a/b/ picks the pages.
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, desktopConfig } from 'lighthouse';
import { chromiumArgs, chromiumExecutable, playwrightChromiumPath } from '../src/lib/browser.ts';
import { nginxBinary, startNginx } from './lib/nginx.ts';
import { startStaticServer } from './lib/static-server.ts';

const distDir = process.env.BENCH_PAGES_DIST ?? 'dist';
const paths = (process.env.BENCH_PAGES_PATHS ?? '/,/messaging/,/messaging/kafka/').split(',');
if (!existsSync(`${distDir}/index.html`)) {
  console.error(`${distDir}/index.html이 없습니다. 먼저 npm run build를 실행하세요.`);
  process.exit(1);
}

function chromePath(): string {
  const found = chromiumExecutable() ?? playwrightChromiumPath();
  if (!found) throw new Error('Chromium을 찾지 못했습니다. npm run build가 설치하거나 CHROMIUM_PATH로 지정하세요.');
  return found;
}

/** nginx with deploy/nginx.conf where installed; otherwise the plain test server (no compression — said so). */
async function serve(): Promise<{ origin: string; stop(): Promise<void>; label: string }> {
  if (nginxBinary) return { ...(await startNginx(distDir, 4359)), label: 'nginx (deploy/nginx.conf)' };
  const { server, url } = await startStaticServer({ root: distDir, port: 4359 });
  return { origin: url.replace(/\/$/, ''), stop: async () => void server.close(), label: '정적 테스트 서버 (압축 없음: nginx가 없어 점수가 실제보다 낮을 수 있음)' };
}

const formFactors: Array<{ name: string; config: Config | undefined }> = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
];
const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serve();
const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: [...chromiumArgs, '--headless=new'] });
console.log(`${server.label}, ${server.origin}\n`);
console.log('page'.padEnd(22), 'form'.padEnd(8), 'perf'.padStart(5), 'a11y'.padStart(5), 'best'.padStart(5), 'seo'.padStart(5), 'LCP ms'.padStart(8), 'TBT ms'.padStart(7), 'CLS'.padStart(6));
try {
  for (const formFactor of formFactors) {
    for (const pagePath of paths) {
      const result = await lighthouse(server.origin + pagePath, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categoryIds] }, formFactor.config);
      if (!result) throw new Error(`Lighthouse가 ${pagePath}에서 결과를 내지 못했습니다.`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${pagePath}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (id: (typeof categoryIds)[number]) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(5);
      const metric = (id: string, digits = 0) => (lhr.audits[id]?.numericValue ?? Number.NaN).toFixed(digits);
      console.log(
        pagePath.padEnd(22),
        formFactor.name.padEnd(8),
        ...categoryIds.map(score),
        metric('largest-contentful-paint').padStart(8),
        metric('total-blocking-time').padStart(7),
        metric('cumulative-layout-shift', 3).padStart(6),
      );
      // Below 100, say which audits cost the points, so the figure is actionable.
      for (const id of categoryIds) {
        const category = lhr.categories[id];
        if (!category || (category.score ?? 0) >= 1) continue;
        const failing = category.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`);
        if (failing.length) console.log(`${''.padEnd(31)}${id}: ${failing.join(', ')}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
