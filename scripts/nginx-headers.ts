// Turns the build's dist/_headers (the `/*` block: CSP with this build's script hashes and the other
// security headers) into nginx `add_header` lines, for deploy/nginx.conf's headers snippet.
// Usage: node scripts/nginx-headers.ts dist/_headers > /etc/nginx/snippets/infra-notes-headers.conf
import { readFileSync } from 'node:fs';

/** Headers deploy/nginx.conf sets itself: from the snippet too, they would be sent twice. */
const setByServer = new Set(['cache-control', 'strict-transport-security']);

export function nginxHeaders(headersFile: string): string {
  return nginxHeaderLines(readFileSync(headersFile, 'utf8'), headersFile);
}

/** The `add_header` lines for the `/*` block of a _headers file's text (`source` names it in errors). */
export function nginxHeaderLines(text: string, source: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf('/*');
  if (start < 0) throw new Error(`${source}: "/*" 블록이 없습니다. npm run build로 다시 만드세요.`);
  const directives: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!match) break;
    const name = match[1]!;
    const value = match[2]!;
    if (setByServer.has(name.toLowerCase())) throw new Error(`${source}: ${name}는 deploy/nginx.conf가 직접 보냅니다. _headers에서 빼세요.`);
    // nginx reads `$name` inside a string as a variable and has no escape for it.
    if (value.includes('$')) throw new Error(`${source}: ${name} 값에 $가 있어 nginx 설정으로 옮길 수 없습니다.`);
    directives.push(`add_header ${name} "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}" always;`);
  }
  if (directives.length === 0) throw new Error(`${source}: "/*" 블록에 헤더가 없습니다.`);
  return `${directives.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(nginxHeaders(process.argv[2] ?? 'dist/_headers'));
