import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from './site.ts';

/**
 * Renamed pages: old root-relative URL → new one, from content/redirects.json. Astro writes a redirect
 * page at each old URL, and the anchor registry accepts it in place of the old page.
 */
export function loadRedirects(): Record<string, string> {
  const file = path.join(contentDir, 'redirects.json');
  let redirects: unknown;
  try {
    redirects = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${file}: JSON을 읽을 수 없습니다. 고치는 법: {"/옛/주소/": "/새/주소/"} 형태로 쓰세요.`, { cause: error });
  }
  const entries = Object.entries(redirects as Record<string, unknown>);
  for (const [from, to] of entries) {
    if (!/^\/.*\/$/.test(from) || typeof to !== 'string' || !/^\/.*\/(#.*)?$/.test(to)) {
      throw new Error(`${file}: "${from}" → "${String(to)}"이(가) 잘못되었습니다. 고치는 법: 양쪽 모두 "/"로 시작하고 끝나는 주소로 쓰세요.`);
    }
  }
  return Object.fromEntries(entries) as Record<string, string>;
}
