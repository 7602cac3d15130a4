import { describe, expect, it } from 'vitest';
import { nginxHeaderLines } from '../../scripts/nginx-headers.ts';

describe('nginx headers snippet from _headers', () => {
  it('turns the /* block into add_header … always lines, quoting values', () => {
    const text = "/*\n  Content-Security-Policy: default-src 'self'; script-src 'sha256-a+b='\n  X-Content-Type-Options: nosniff\n\n/other\n  X-Other: no\n";
    expect(nginxHeaderLines(text, '_headers')).toBe(
      'add_header Content-Security-Policy "default-src \'self\'; script-src \'sha256-a+b=\'" always;\nadd_header X-Content-Type-Options "nosniff" always;\n',
    );
    expect(nginxHeaderLines('/*\n  X-Quote: a "b" \\c\n', '_headers')).toBe('add_header X-Quote "a \\"b\\" \\\\c" always;\n');
  });

  it('refuses what nginx would misread or send twice', () => {
    expect(() => nginxHeaderLines('/x\n  A: b\n', '_headers')).toThrow('"/*" 블록이 없습니다');
    expect(() => nginxHeaderLines('/*\n', '_headers')).toThrow('헤더가 없습니다');
    expect(() => nginxHeaderLines('/*\n  X-Var: $host\n', '_headers')).toThrow('$');
    expect(() => nginxHeaderLines('/*\n  Cache-Control: no-store\n', '_headers')).toThrow('deploy/nginx.conf');
    expect(() => nginxHeaderLines('/*\n  Strict-Transport-Security: max-age=1\n', '_headers')).toThrow('deploy/nginx.conf');
  });
});
