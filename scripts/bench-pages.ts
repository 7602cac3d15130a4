// `npm run bench:pages`: Lighthouse on the home page, a category page and a topic page, as a mobile phone
// (Lighthouse's default: simulated slow 4G and 4× CPU slowdown, computed from a trace taken unthrottled) and as
// a desktop, served by the production nginx config (compression and cache headers as deployed). Prints the four
// category scores and LCP, TBT and CLS, each the median of several runs (one run's LCP moves by ±10 % here).
// Needs `npm run build` first. Runs the same Chromium as everything else (src/lib/browser.ts), with its
// background traffic off: every request goes to the loopback nginx.
//
//   BENCH_PAGES_DIST=<folder>   the site measured (default dist/); several, comma-separated, compare options
//   BENCH_PAGES_VS=<folder>     another build measured in the same run, interleaved page by page, whose LCP is
//                               the denominator of the printed ratio (e.g. the Starlight build that
//                               `npm run compare:starlight` leaves behind: it prints the folder)
//   BENCH_PAGES_PATHS=/,/a/b/   the pages (default home, a category, a topic; with a VS build, those both have)
//   BENCH_PAGES_RUNS=3          runs per page and form factor, of which the median is printed
//   BENCH_PAGES_FORMS=mobile    only some form factors (mobile, desktop)
//   BENCH_PORT=4359             nginx's port; each further build is served on the next one
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, desktopConfig, type Flags } from 'lighthouse';
import { chromiumArgs, chromiumExecutable, playwrightChromiumPath } from '../src/lib/browser.ts';
import { nginxBinary, startNginx } from './lib/nginx.ts';
import { startStaticServer } from './lib/static-server.ts';

interface Site {
  label: string;
  dist: string;
  origin?: string;
}
/** A build's label: its folder's name, or the one above when that is `dist`. */
const label = (dist: string) => {
  const resolved = path.resolve(dist);
  return path.basename(resolved) === 'dist' ? path.basename(path.dirname(resolved)) : path.basename(resolved);
};
const sites: Site[] = (process.env.BENCH_PAGES_DIST ?? 'dist').split(',').map((dist) => ({ label: label(dist), dist }));
const vs: Site | undefined = process.env.BENCH_PAGES_VS ? { label: `${label(process.env.BENCH_PAGES_VS)} (vs)`, dist: process.env.BENCH_PAGES_VS } : undefined;
if (vs) sites.push(vs);
for (const site of sites) {
  if (!existsSync(`${site.dist}/index.html`)) {
    console.error(`${site.dist}/index.html이 없습니다. 먼저 npm run build를 실행하세요.`);
    process.exit(1);
  }
}
const requestedPaths = (process.env.BENCH_PAGES_PATHS ?? '/,/messaging/,/messaging/kafka/').split(',');
/** A page missing from one build cannot be compared: it is named and left out. */
const paths = requestedPaths.filter((pagePath) => sites.every((site) => existsSync(path.join(site.dist, pagePath, 'index.html'))));
const skipped = requestedPaths.filter((pagePath) => !paths.includes(pagePath));
const runs = Math.max(1, Number(process.env.BENCH_PAGES_RUNS ?? 3));
const basePort = Number(process.env.BENCH_PORT ?? 4359);

function chromePath(): string {
  const found = chromiumExecutable() ?? playwrightChromiumPath();
  if (!found) throw new Error('Chromium을 찾지 못했습니다. npm run build가 설치하거나 CHROMIUM_PATH로 지정하세요.');
  return found;
}

/** nginx with deploy/nginx.conf where installed; otherwise the plain test server (no compression — said so). */
async function serve(distDir: string, port: number): Promise<{ origin: string; stop(): Promise<void>; label: string }> {
  if (nginxBinary) return { ...(await startNginx(distDir, port)), label: 'nginx (deploy/nginx.conf)' };
  const { server, url } = await startStaticServer({ root: distDir, port });
  return { origin: url.replace(/\/$/, ''), stop: async () => void server.close(), label: '정적 테스트 서버 (압축 없음: nginx가 없어 점수가 실제보다 낮을 수 있음)' };
}

const allFormFactors: Array<{ name: string; config: Config | undefined }> = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
];
const formNames = (process.env.BENCH_PAGES_FORMS ?? 'mobile,desktop').split(',');
const formFactors = allFormFactors.filter((form) => formNames.includes(form.name));
const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Run {
  scores: number[];
  lcp: number;
  tbt: number;
  cls: number;
  failing: string[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function measure(url: string, port: number, config: Config | undefined): Promise<Run> {
  // Every run a first visit, for both sites: Lighthouse empties the HTTP cache but by default keeps
  // localStorage, where this site's font switch (src/lib/site-scripts.ts) remembers that a page has asked for
  // the web font. Runs after the first then measured a returning visitor whose font files were not cached
  // (the stylesheet render-blocking, the fonts before the first paint): 1.8 s against 1.1–1.2 s.
  const clearStorageTypes: Flags['clearStorageTypes'] = ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'local_storage'];
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...categoryIds], clearStorageTypes }, config);
  if (!result) throw new Error(`Lighthouse가 ${url}에서 결과를 내지 못했습니다.`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  // Below 100, say which audits cost the points, so the figure is actionable.
  const failing: string[] = [];
  for (const id of categoryIds) {
    const category = lhr.categories[id];
    if (!category || (category.score ?? 0) >= 1) continue;
    const audits = category.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9).map((ref) => ref.id);
    if (audits.length) failing.push(`${id}: ${audits.join(', ')}`);
  }
  return {
    scores: categoryIds.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    failing,
  };
}

/** A loaded machine sometimes loses Lighthouse's trace (NO_NAVSTART, NO_FCP): that run is taken again, said so. */
async function measureWithRetry(url: string, port: number, config: Config | undefined): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measure(url, port, config);
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`다시 잽니다 (${attempt}/2): ${(error as Error).message}`);
    }
  }
}

const servers = await Promise.all(sites.map((site, index) => serve(site.dist, basePort + index)));
sites.forEach((site, index) => {
  site.origin = servers[index]!.origin;
});
const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: [...chromiumArgs, '--headless=new'] });
const stopAll = async () => {
  chrome.kill();
  await Promise.all(servers.map((server) => server.stop()));
};
// Interrupted (Ctrl-C), it still stops the Chromium and the nginx servers it started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));
const width = Math.max(...sites.map((site) => site.label.length));
for (const site of sites) console.log(`${site.label.padEnd(width)} ${path.resolve(site.dist)} — ${servers[0]!.label}, ${site.origin}`);
if (skipped.length) console.log(`모든 빌드에 있지 않아 뺀 페이지: ${skipped.join(', ')}`);
console.log(`페이지마다 ${runs}번 재서 중앙값을 적습니다 (LCP는 최소–최대도).\n`);

const results = new Map<string, Run[]>();
const key = (site: Site, form: string, pagePath: string) => `${site.label} ${form} ${pagePath}`;
try {
  // Interleaved (run, form, page, site): a busy moment on the machine falls on both builds alike.
  for (let run = 0; run < runs; run++) {
    for (const form of formFactors) {
      for (const pagePath of paths) {
        for (const site of sites) {
          const runResult = await measureWithRetry(site.origin + pagePath, chrome.port, form.config);
          const list = results.get(key(site, form.name, pagePath)) ?? [];
          list.push(runResult);
          results.set(key(site, form.name, pagePath), list);
        }
      }
    }
  }
} finally {
  await stopAll();
}

console.log(
  'site'.padEnd(width),
  'page'.padEnd(20),
  'form'.padEnd(8),
  'perf'.padStart(5),
  'a11y'.padStart(5),
  'best'.padStart(5),
  'seo'.padStart(5),
  'LCP ms'.padStart(8),
  'min–max'.padStart(12),
  'TBT ms'.padStart(7),
  'CLS max'.padStart(7),
  vs ? 'LCP ÷ vs'.padStart(9) : '',
);
for (const form of formFactors) {
  for (const pagePath of paths) {
    for (const site of sites) {
      const list = results.get(key(site, form.name, pagePath))!;
      const lcp = median(list.map((run) => run.lcp));
      const vsLcp = vs ? median(results.get(key(vs, form.name, pagePath))!.map((run) => run.lcp)) : Number.NaN;
      const lcps = list.map((run) => run.lcp);
      console.log(
        site.label.padEnd(width),
        pagePath.padEnd(20),
        form.name.padEnd(8),
        ...categoryIds.map((_, index) => String(median(list.map((run) => run.scores[index]!))).padStart(5)),
        lcp.toFixed(0).padStart(8),
        `${Math.min(...lcps).toFixed(0)}–${Math.max(...lcps).toFixed(0)}`.padStart(12),
        median(list.map((run) => run.tbt))
          .toFixed(0)
          .padStart(7),
        Math.max(...list.map((run) => run.cls))
          .toFixed(3)
          .padStart(7),
        vs && site !== vs ? `${(lcp / vsLcp).toFixed(2)}×`.padStart(9) : '',
      );
      const failing = new Map<string, number>();
      for (const line of list.flatMap((run) => run.failing)) failing.set(line, (failing.get(line) ?? 0) + 1);
      for (const [line, count] of failing) console.log(`${''.padEnd(width + 23)}${line} (${count}/${list.length} runs)`);
    }
  }
}
