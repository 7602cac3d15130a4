import { createHash } from 'node:crypto';
import type { BuiltPage } from './built-site.ts';
import { siteInlineScripts } from './site-scripts.ts';

/**
 * The Content-Security-Policy of the built site. Inline scripts run only by hash (the site's own, from
 * src/lib/site-scripts.ts); everything else must come from the site itself.
 * `wasm-unsafe-eval` is there for Pagefind's WebAssembly, which the search dialog on every page loads.
 * Styles allow inline because Shiki colours tokens and Mermaid's SVGs carry their own <style>; neither
 * can run code.
 */
export function contentSecurityPolicy(scriptHashes: string[], delivery: 'meta' | 'header'): string {
  const directives = [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptHashes.map((hash) => `'${hash}'`), "'wasm-unsafe-eval'"].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  // Browsers ignore (and warn about) these in a <meta> policy; they only work as a header.
  if (delivery === 'header') directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** The CSP source form of a script's hash: `sha256-…` of its exact text, as the browser computes it. */
export function scriptHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The hashes the policy allows: the site's own inline scripts, known before any page is read. */
export function allowedScriptHashes(scripts: readonly string[] = siteInlineScripts): string[] {
  return [...new Set(scripts.map(scriptHash))].sort();
}

export interface ScriptingProblem {
  url: string;
  problem: string;
}

/**
 * Script on a built page that the site did not put there: an inline script whose hash is not allowed,
 * an event-handler attribute or a `javascript:` URL. The policy would block the first and the site never
 * writes the others; any of them means a note or a component smuggled code in, so the build stops.
 */
export function findScriptingProblems(pages: Iterable<Pick<BuiltPage, 'url' | 'inlineScripts' | 'scriptingAttributes'>>, allowed: readonly string[]): ScriptingProblem[] {
  const allowedSet = new Set(allowed);
  const problems: ScriptingProblem[] = [];
  for (const page of pages) {
    for (const script of page.inlineScripts) {
      if (!allowedSet.has(script.hash)) problems.push({ url: page.url, problem: `사이트가 넣지 않은 인라인 스크립트 \`${script.excerpt}\` (${script.hash})` });
    }
    for (const attribute of page.scriptingAttributes) problems.push({ url: page.url, problem: `스크립트를 실행하는 속성 \`${attribute}\`` });
  }
  return problems;
}

/** Puts the policy right after the charset, before any script, so it covers all of them. */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  const charset = /<meta charset="utf-8"\s*\/?>/i;
  return charset.test(html) ? html.replace(charset, (tag) => `${tag}${meta}`) : html.replace(/<head>/, `<head>${meta}`);
}

/** Headers every response should carry, for static hosts that read a `_headers` file and for nginx. */
export function securityHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
