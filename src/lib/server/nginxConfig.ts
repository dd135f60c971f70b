import {
  cacheControl,
  commonHeaders,
  groupPolicies,
  hashedFolders,
  hashedSuffix,
  headerPolicy,
  feedPattern,
  feedType,
  type PagePolicy,
} from './securityPolicy.ts';

/** File types nginx does not know, or knows without a charset. */
const pagefindTypes = ['pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter'];
// text/html always has its charset; nginx warns when it is listed again.
const utf8Types = [
  'text/css',
  'text/plain',
  'text/csv',
  'text/xml',
  'application/javascript',
  'application/json',
  'application/schema+json',
  'application/xml',
  'application/atom+xml',
  'image/svg+xml',
];

/** The first line of every `_nginx.conf`: the base path it serves, for the tools that serve a build as it was made. */
const basePathLine = '# base-path: ';

/**
 * The base path a build's `_nginx.conf` was written for, from its first line.
 *
 * @example nginxConfigBase(nginxConfig('/berni/', pages)) // '/berni/'
 */
export function nginxConfigBase(config: string): string | undefined {
  const [first = ''] = config.split('\n', 1);
  return first.startsWith(basePathLine) ? first.slice(basePathLine.length) : undefined;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The nginx `location` blocks that serve the built site under its base path,
 * for inclusion inside a `server {}` whose `root` holds the site at that path
 * (base `/programma/` → files in `<root>/programma/`). Written by the build
 * beside the pages as `_nginx.conf`, from the same policy as `_headers`.
 *
 * nginx drops inherited `add_header`s in any block that has its own, so every
 * block states all of its headers; `always` sends them with 404s too.
 *
 * @example nginxConfig('/programma/', [{ path: '/programma/lv/', policy: "default-src 'self'" }])
 */
export function nginxConfig(base: string, pages: PagePolicy[]): string {
  const { shared, exceptions } = groupPolicies(pages);
  const headers = (policy: string, cache: string) =>
    Object.entries({ ...commonHeaders, 'Content-Security-Policy': headerPolicy(policy), 'Cache-Control': cache }).map(
      ([name, value]) => `add_header ${name} "${value}" always;`,
    );
  const block = (match: string, body: string[]): string[] => [
    `location ${match} {`,
    ...body.map((line) => (line ? `    ${line}` : '')),
    '}',
  ];
  const notFound = `error_page 404 ${base}404.html;`;
  const precompressed = ['gzip_static on;', 'brotli_static on;', 'gzip_vary on;'];
  const textAsUtf8 = ['charset utf-8;', `charset_types ${utf8Types.join(' ')};`];
  const pagefindHashed = hashedFolders.filter((folder) => folder.startsWith('pagefind/')).map(escapeRegex);
  const hashedPagefind = `"^${escapeRegex(base)}(${pagefindHashed.join('|')})|${escapeRegex(hashedSuffix)}$"`;
  const noEncoding = [
    '# Pagefind compresses its index files itself: no second encoding.',
    'gzip_static off;',
    'brotli_static off;',
    'gzip off;',
  ];
  // Pagefind's few text files (its script, entry list, UI) are compressed on the fly; octet-stream never is.
  const gzipText = [
    'gzip_static off;',
    'brotli_static off;',
    'gzip on;',
    'gzip_vary on;',
    'gzip_types application/javascript application/json text/css;',
  ];

  const site = block(base, [
    ...headers(shared, cacheControl.revalidate),
    ...precompressed,
    ...textAsUtf8,
    'absolute_redirect off;',
    'index index.html;',
    'try_files $uri $uri/ =404;',
    notFound,
    '',
    ...block('~ \\.csv$', ['types { }', 'default_type text/csv;']),
    ...block(`~ ${feedPattern.nginx}`, ['types { }', `default_type ${feedType};`]),
    '',
    '# Build metadata, not for the public.',
    ...block(`~ ^${escapeRegex(base)}_(headers|nginx\\.conf)$`, ['return 404;']),
  ]);
  const pageExceptions = exceptions.flatMap(({ path, policy }) =>
    block(`= ${path.endsWith('/') ? `${path}index.html` : path}`, [
      ...headers(policy, cacheControl.revalidate),
      ...precompressed,
      ...textAsUtf8,
      notFound,
    ]),
  );
  const assets = block(`^~ ${base}_astro/`, [
    ...headers(shared, cacheControl.immutable),
    ...precompressed,
    ...textAsUtf8,
    notFound,
  ]);
  const search = block(`^~ ${base}pagefind/`, [
    ...headers(shared, cacheControl.revalidate),
    ...gzipText,
    ...textAsUtf8,
    `types { application/javascript js; application/json json; text/css css; application/octet-stream ${pagefindTypes.join(' ')}; }`,
    notFound,
    '',
    ...block(`~ ${hashedPagefind}`, [...headers(shared, cacheControl.immutable), ...noEncoding]),
  ]);

  return [
    `${basePathLine}${base}`,
    `# Written by the build (src/integrations/serverConfig.ts) for the base path ${base}.`,
    `# Include it inside a server {} whose root holds the site at ${base}; see docs/deploying.md.`,
    `# Needs nginx's brotli_static module (Debian: libnginx-mod-http-brotli-static).`,
    '',
    ...site,
    '',
    ...pageExceptions,
    ...(pageExceptions.length ? [''] : []),
    ...assets,
    '',
    ...search,
    '',
  ].join('\n');
}
