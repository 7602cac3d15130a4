import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { nginxHeaders } from '../nginx-headers.ts';

export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate));
const brotliModules = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'].map((name) => `/usr/lib/nginx/modules/${name}`);
export const hasBrotli = brotliModules.every((module) => existsSync(module));

/**
 * Runs Debian's nginx on 127.0.0.1 with deploy/nginx.conf exactly as written, serving `distDir`; only
 * root, listen and the headers-snippet path are pointed at this checkout. For the tests and bench:serve.
 * It has its own prefix folder, pid file and port, and `stop()` ends only the process it started.
 */
export async function startNginx(distDir: string, port: number): Promise<{ origin: string; pid: number; stop(): Promise<void> }> {
  if (!nginxBinary) throw new Error('nginx가 없습니다. Debian에서는 apt-get install -y nginx로 설치하세요.');
  const workDir = await mkdtemp(path.join(tmpdir(), 'infra-notes-nginx-'));
  const headersSnippet = path.join(workDir, 'headers.conf');
  // Another site's build (bench:pages on a Starlight build) has no _headers: it is served without them.
  const headersFile = path.join(distDir, '_headers');
  await writeFile(headersSnippet, existsSync(headersFile) ? nginxHeaders(headersFile) : '');
  const server = (await readFile('deploy/nginx.conf', 'utf8'))
    .replace('root /usr/share/nginx/html;', `root ${path.resolve(distDir)};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('listen [::]:80;', '')
    .replaceAll('/etc/nginx/snippets/infra-notes-headers.conf', headersSnippet);
  await writeFile(path.join(workDir, 'site.conf'), server);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${workDir}/${kind};`).join(' ');
  await writeFile(
    path.join(workDir, 'nginx.conf'),
    [
      ...(hasBrotli ? brotliModules.map((module) => `load_module ${module};`) : []),
      // Started as root, nginx hands requests to workers running as `nobody`, which cannot read a build in a
      // private folder (a checkout under /root, a mktemp -d): every page would be a 403. The workers run as
      // whoever runs the tests, who can read the build.
      ...(process.getuid?.() === 0 ? [`user ${userInfo().username};`] : []),
      'daemon off;',
      `pid ${workDir}/nginx.pid;`,
      `error_log ${workDir}/error.log warn;`,
      'worker_processes 2;',
      'events { worker_connections 1024; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  ${temp}`,
      hasBrotli ? `  include ${path.resolve('deploy/brotli.conf')};` : '',
      `  include ${workDir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const config = path.join(workDir, 'nginx.conf');
  // -e: nginx opens its compiled-in error log (/var/log/nginx/error.log) before reading the config.
  const args = ['-p', `${workDir}/`, '-e', path.join(workDir, 'error.log'), '-c', config];
  execFileSync(nginxBinary, ['-t', ...args], { stdio: 'pipe' });
  // `daemon off`: the process spawned here is nginx's master, so stopping it stops exactly this server
  // (and its workers) and nothing else on the machine.
  const master: ChildProcess = spawn(nginxBinary, args, { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => master.once('exit', () => resolve()));
  const stop = async () => {
    if (master.exitCode === null && master.signalCode === null) {
      master.kill('SIGQUIT');
      await exited;
    }
    await rm(workDir, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if (master.exitCode !== null) throw new Error(`nginx가 종료 코드 ${master.exitCode}로 끝났습니다.`);
      // nginx writes its pid file only once its sockets are bound: an answer before that could come from
      // another server on the same port.
      if ((await readFile(path.join(workDir, 'nginx.pid'), 'utf8')).trim() !== String(master.pid)) throw new Error('pid 파일이 아직 없습니다.');
      await fetch(`${origin}/`);
      break;
    } catch (error) {
      if (attempt > 50 || master.exitCode !== null) {
        const log = await readFile(path.join(workDir, 'error.log'), 'utf8').catch(() => '');
        await stop();
        throw new Error(`nginx가 127.0.0.1:${port}에서 시작되지 않았습니다.\n${log}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { origin, pid: master.pid!, stop };
}
