import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of the built site. Inline scripts run only by hash (the theme script in
 * <head> and the small scripts Astro inlines); everything else must come from the site itself.
 * `wasm-unsafe-eval` is there for Pagefind's WebAssembly, which the search dialog on every page loads.
 * Styles allow inline because Shiki colours tokens and Mermaid's SVGs carry their own <style>; neither
 * can run code.
 */
export function contentSecurityPolicy(scriptHashes: string[], delivery: 'meta' | 'header'): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.map((hash) => `'${hash}'`).join(' ')} 'wasm-unsafe-eval'`,
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

/** sha256 hashes of every inline <script> (no src) in an HTML page, in CSP source form. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(`sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}`);
  }
  return hashes;
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
