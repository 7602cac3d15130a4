import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

/** Content types for what the build emits, Pagefind's own files included. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface StaticServerOptions {
  root: string;
  /** The site's base path ('/' or '/sub/'); requests outside it get the 404 page. */
  base?: string;
  port?: number;
  host?: string;
}

/**
 * A small static file server for `npm start` and the tests: serves dist/ as a plain static host would
 * (directory → index.html, the site's 404.html with status 404), nothing else.
 */
export async function startStaticServer({ root, base = '/', port = 4321, host = '127.0.0.1' }: StaticServerOptions): Promise<{ server: Server; url: string }> {
  const rootDir = path.resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    const send = async (file: string, status: number) => {
      const info = await stat(file);
      response.writeHead(status, {
        'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    };
    const notFound = () =>
      send(path.join(rootDir, '404.html'), 404).catch(() => {
        response.writeHead(404).end('Not found');
      });

    if (!pathname.startsWith(base)) return notFound();
    const relative = pathname.slice(base.length);
    let file = path.join(rootDir, relative);
    if (!file.startsWith(rootDir)) return notFound();
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { Location: `${encodeURI(pathname)}/${url.search}` }).end();
          return;
        }
        file = path.join(file, 'index.html');
      }
      await send(file, 200);
    } catch {
      await notFound();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://${host}:${actualPort}${base}` };
}
