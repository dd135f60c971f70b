/**
 * What the server says about every file: the Content-Security-Policy (only
 * the site's own files, nothing from any other host), the other security
 * headers, and how long each kind of file may be cached. The `_headers` file
 * (Netlify, Cloudflare Pages) and the nginx configuration are both written
 * from here, so the two never disagree.
 *
 * Astro adds `script-src` and `style-src` with hashes of what each page
 * inlines (security.csp in astro.config.mjs); Pagefind compiles its
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

/** Headers for every file. */
export const commonHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Only a header can forbid framing; a <meta> policy cannot. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** A page's policy as a header: what its <meta> says plus what only a header can say. */
export function headerPolicy(metaPolicy: string): string {
  return [metaPolicy.replace(/;\s*$/, ''), ...headerOnlyDirectives].join('; ');
}

export const cacheControl = {
  /** Files whose name changes with their content: cache for a year, never revalidate. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, data files and Pagefind's fixed names: kept briefly, then checked again. */
  revalidate: 'public, max-age=300, must-revalidate',
} as const;

/**
 * Folders (under the base path) whose files are named by a hash of their
 * content, and Pagefind's hashed metadata files. Everything else keeps its
 * name when it changes, so it must be revalidated.
 */
export const hashedFolders = ['_astro/', 'pagefind/index/', 'pagefind/fragment/', 'pagefind/filter/'] as const;
export const hashedSuffix = '.pf_meta';

/** One page's address (under the base path) and the policy in its <meta http-equiv>. */
export interface PagePolicy {
  path: string;
  policy: string;
}

/** The policy most pages share (said once), and the pages whose own policy differs. */
export function groupPolicies(pages: PagePolicy[]): { shared: string; exceptions: PagePolicy[] } {
  const counts = new Map<string, number>();
  for (const { policy } of pages) counts.set(policy, (counts.get(policy) ?? 0) + 1);
  const [shared] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (shared === undefined) throw new Error('No page has a Content-Security-Policy.');
  return { shared, exceptions: pages.filter((page) => page.policy !== shared) };
}

/** The Atom feeds' media type, and where they are (`/{lang}/{year}/updates.xml`) in each server's syntax. */
export const feedType = 'application/atom+xml';
export const feedPattern = { headers: ':lang/:year/updates.xml', nginx: '/updates\\.xml$' };

/**
 * The `_headers` file: security headers for every file under the base path,
 * each page's policy, and immutable caching for hashed files. These hosts
 * merge the headers of every rule that matches an address, so no header is
 * said by two rules: the policy goes in the catch-all rule only when every
 * page shares it, and other files keep the host's own revalidating default.
 *
 * @example headersFile('/', [{ path: '/lv/', policy: "default-src 'self'" }])
 */
export function headersFile(base: string, pages: PagePolicy[]): string {
  const { shared, exceptions } = groupPolicies(pages);
  const rule = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const policyRules =
    exceptions.length === 0
      ? [rule(`${base}*`, { ...commonHeaders, 'Content-Security-Policy': headerPolicy(shared) })]
      : [
          rule(`${base}*`, commonHeaders),
          ...pages.map(({ path, policy }) => rule(path, { 'Content-Security-Policy': headerPolicy(policy) })),
        ];
  const cacheRules = [...hashedFolders.map((folder) => `${folder}*`), `pagefind/*${hashedSuffix}`].map((pattern) =>
    rule(`${base}${pattern}`, { 'Cache-Control': cacheControl.immutable }),
  );
  // Hosts serve .xml as text/xml (or application/xml); feed readers and browsers look for Atom's own type.
  const typeRules = [rule(`${base}${feedPattern.headers}`, { 'Content-Type': `${feedType}; charset=utf-8` })];
  return `${[...policyRules, ...cacheRules, ...typeRules].join('\n\n')}\n`;
}
