/**
 * The site's Content-Security-Policy: only its own files, nothing from any
 * other host. Astro adds `script-src` and `style-src` with hashes of what each
 * page inlines (security.csp in astro.config.mjs); Pagefind compiles its
 * WebAssembly at run time, which needs 'wasm-unsafe-eval'.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const cspScriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const cspStyleSources = ["'self'"] as const;

/** Headers for every file, for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const commonHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Only a header can forbid framing; a <meta> policy cannot. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/**
 * The `_headers` file: the common headers for every path, and for each page the
 * same policy as its <meta> (with that page's hashes) plus what only a header can say.
 *
 * @param pages each page's address and the policy in its <meta http-equiv>
 */
export function headersFile(pages: { path: string; policy: string }[]): string {
  const withHeaderOnly = (policy: string) => [policy.replace(/;\s*$/, ''), ...headerOnlyDirectives].join('; ');
  const common = Object.entries(commonHeaders).map(([name, value]) => `  ${name}: ${value}`);
  const policies = new Set(pages.map((page) => page.policy));
  // Usually every page has the same policy: then one rule says it for all.
  const [shared] = policies.size === 1 ? [...policies] : [];
  const blocks = shared
    ? [['/*', ...common, `  Content-Security-Policy: ${withHeaderOnly(shared)}`].join('\n')]
    : [
        ['/*', ...common].join('\n'),
        ...pages.map(({ path, policy }) => `${path}\n  Content-Security-Policy: ${withHeaderOnly(policy)}`),
      ];
  return `${blocks.join('\n\n')}\n`;
}

/** Parses a `_headers` file into the headers for one address (exact paths and `/*`). */
export function headersFor(file: string, address: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const block of file.split(/\n\s*\n/)) {
    const [rule = '', ...lines] = block.split('\n');
    const matches = rule === '/*' || rule.trim() === address;
    if (!matches) continue;
    for (const line of lines) {
      const at = line.indexOf(':');
      if (at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}
