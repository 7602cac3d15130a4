// Turns the build's dist/_headers (the `/*` block: CSP with this build's script hashes and the other
// security headers) into nginx `add_header` lines, for deploy/nginx.conf's headers snippet.
// Usage: node scripts/nginx-headers.ts dist/_headers > /etc/nginx/snippets/infra-notes-headers.conf
import { readFileSync } from 'node:fs';

export function nginxHeaders(headersFile: string): string {
  const lines = readFileSync(headersFile, 'utf8').split('\n');
  const start = lines.indexOf('/*');
  if (start < 0) throw new Error(`${headersFile}: "/*" 블록이 없습니다. npm run build로 다시 만드세요.`);
  const directives: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!match) break;
    directives.push(`add_header ${match[1]} "${match[2]!.replace(/"/g, '\\"')}" always;`);
  }
  return `${directives.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(nginxHeaders(process.argv[2] ?? 'dist/_headers'));
