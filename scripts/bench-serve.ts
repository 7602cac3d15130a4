// `npm run bench:serve`: a short, bounded load check of the production config on loopback only.
// Starts Debian's nginx with deploy/nginx.conf on 127.0.0.1, drives it with autocannon for a few seconds
// per URL, and prints requests/second and latency percentiles. Needs `npm run build` first.
import autocannon from 'autocannon';
import { startNginx } from './lib/nginx.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const nginx = await startNginx('dist', Number(process.env.BENCH_PORT ?? 4349));
try {
  const entry = JSON.parse(await (await fetch(`${nginx.origin}/pagefind/pagefind-entry.json`)).text()) as { languages: Record<string, { hash: string }> };
  const targets = [
    { name: '주제 페이지 (gzip)', path: `/messaging/kafka-reliability/`, headers: { 'accept-encoding': 'gzip' } },
    { name: '검색 색인 pf_meta', path: `/pagefind/pagefind.${entry.languages.ko!.hash}.pf_meta`, headers: {} },
    { name: '검색 스크립트 pagefind.js (gzip)', path: '/pagefind/pagefind.js', headers: { 'accept-encoding': 'gzip' } },
  ];
  console.log(`nginx ${nginx.origin}, ${connections} connections, ${seconds}s per URL (loopback only)\n`);
  console.log('URL'.padEnd(34), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(7));
  for (const target of targets) {
    const result = await autocannon({ url: nginx.origin + target.path, connections, duration: seconds, headers: target.headers });
    const errors = result.errors + result.non2xx;
    console.log(target.name.padEnd(34), result.requests.average.toFixed(0).padStart(9), String(result.latency.p50).padStart(8), String(result.latency.p99).padStart(8), String(errors).padStart(7));
  }
} finally {
  await nginx.stop();
}
