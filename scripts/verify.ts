/**
 * `npm run verify -- URL`: checks a published copy of the site from the
 * outside, as a reader's browser and a search engine see it: status codes,
 * the security headers and policy, precompressed pages, caching (immutable for
 * hashed files only), the canonical address, the sitemap, no `localhost`, and
 * a real 404. Run it after every publication; CI runs it against nginx.
 *
 * Usage: node scripts/verify.ts https://www.example.gov.lv/programma/
 *
 * The address the site was built for (its canonical links and sitemap) is
 * `--published`, else site.config.json or SITE_URL, else the address checked.
 * They differ when a build for the real address is tried out locally:
 * `SITE_URL=https://www.example.gov.lv/programma/ npm run verify -- http://localhost:8080/programma/`.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { parseArgs } from 'node:util';
import { Parser } from 'htmlparser2';
import settings from '../site.config.json' with { type: 'json' };
import { siteAddress, siteSetting } from '#src/lib/server/siteAddress.ts';
import { cacheControl, commonHeaders } from '#src/lib/server/securityPolicy.ts';
import { lv } from '#src/i18n/lv.ts';

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request, as sent: no redirect followed, nothing decompressed. */
function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const sent = request(url, { headers: { 'user-agent': 'site-verify', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    sent.on('error', reject);
    sent.setTimeout(15_000, () => sent.destroy(new Error(`no answer from ${url} within 15 s`)));
    sent.end();
  });
}

/** Tags and their attributes from an HTML or XML document, and the text of the elements named in `text`. */
function tags(markup: string, xml = false): { name: string; attributes: Record<string, string>; text: string }[] {
  const found: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const open: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = { name, attributes, text: '' };
        found.push(tag);
        open.push(tag);
      },
      ontext(text) {
        const current = open.at(-1);
        if (current) current.text += text;
      },
      onclosetag() {
        open.pop();
      },
    },
    { xmlMode: xml },
  );
  parser.end(markup);
  return found;
}

const { values, positionals } = parseArgs({ options: { published: { type: 'string' } }, allowPositionals: true });
const [site] = positionals;
if (!site || !URL.canParse(site)) {
  console.error('Usage: npm run verify -- https://www.example.gov.lv/programma/ [--published ADDRESS]');
  process.exit(2);
}
const base = site.endsWith('/') ? site : `${site}/`;
const published = siteAddress(values.published ?? siteSetting(settings.siteUrl, process.env['SITE_URL'])).site ?? base;
/** Where a published address is served from here. */
const served = (address: string) =>
  address.startsWith(published) ? `${base}${address.slice(published.length)}` : address;
console.log(`verify: ${base}${published === base ? '' : ` (built for ${published})`}`);
const failures: string[] = [];
let passed = 0;
function check(name: string, ok: boolean, detail = '') {
  if (ok) passed += 1;
  else failures.push(`${name}${detail ? ` (${detail})` : ''}`);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? ` — ${detail}` : ''}`);
}

function checkSecurityHeaders(what: string, response: Response) {
  const policy = String(response.headers['content-security-policy'] ?? '');
  check(`${what}: Content-Security-Policy allows only the site itself`, policy.includes("default-src 'self'"), policy);
  check(`${what}: framing forbidden`, policy.includes("frame-ancestors 'none'"), policy);
  for (const [name, value] of Object.entries(commonHeaders))
    check(
      `${what}: ${name}`,
      response.headers[name.toLowerCase()] === value,
      String(response.headers[name.toLowerCase()]),
    );
}

// The pages: status, headers, compression, canonical.
const page = `${base}en/`;
const plain = await get(page);
check(`${page} answers 200`, plain.status === 200, String(plain.status));
checkSecurityHeaders('a page', plain);
check(
  'a page is revalidated',
  plain.headers['cache-control'] === cacheControl.revalidate,
  plain.headers['cache-control'],
);
const html = plain.body.toString('utf8');
const head = tags(html);
const canonical = head.find((tag) => tag.name === 'link' && tag.attributes['rel'] === 'canonical')?.attributes['href'];
check('the canonical address is the page’s own', canonical === `${published}en/`, canonical ?? 'none');
const brotli = await get(page, { 'accept-encoding': 'br' });
check(
  'a page asked for with br comes in br',
  brotli.headers['content-encoding'] === 'br',
  brotli.headers['content-encoding'],
);
const gzip = await get(page, { 'accept-encoding': 'gzip' });
check(
  'a page asked for with gzip comes in gzip',
  gzip.headers['content-encoding'] === 'gzip',
  gzip.headers['content-encoding'],
);
const root = await get(base);
check(`${base} answers 200`, root.status === 200, String(root.status));

// Hashed files are immutable; files that keep their name are not.
const stylesheet = head.find((tag) => tag.name === 'link' && tag.attributes['rel'] === 'stylesheet')?.attributes[
  'href'
];
if (stylesheet) {
  const asset = await get(new URL(stylesheet, page).href, { 'accept-encoding': 'br' });
  check(`a hashed asset (${stylesheet}) answers 200`, asset.status === 200, String(asset.status));
  check(
    'a hashed asset is immutable',
    asset.headers['cache-control'] === cacheControl.immutable,
    asset.headers['cache-control'],
  );
  check('a hashed asset comes in br', asset.headers['content-encoding'] === 'br', asset.headers['content-encoding']);
} else check('a page links its stylesheet', false);
const script = await get(`${base}pagefind/pagefind.js`);
check('pagefind.js answers 200', script.status === 200, String(script.status));
check(
  'pagefind.js is not immutable',
  !String(script.headers['cache-control']).includes('immutable'),
  script.headers['cache-control'],
);
const entry = JSON.parse((await get(`${base}pagefind/pagefind-entry.json`)).body.toString('utf8')) as {
  languages: Record<string, { hash: string; wasm: string | null }>;
};
const [language] = Object.entries(entry.languages);
if (language) {
  const meta = await get(`${base}pagefind/pagefind.${language[1].hash}.pf_meta`, { 'accept-encoding': 'br, gzip' });
  check('a search index file answers 200', meta.status === 200, String(meta.status));
  check(
    'a search index file is immutable',
    meta.headers['cache-control'] === cacheControl.immutable,
    meta.headers['cache-control'],
  );
  check(
    'a search index file has no second encoding',
    meta.headers['content-encoding'] === undefined,
    meta.headers['content-encoding'],
  );
  check(
    'a search index file is binary',
    meta.headers['content-type'] === 'application/octet-stream',
    meta.headers['content-type'],
  );
} else check('the search index lists a language', false);

// Open data.
const csv = await get(`${base}data/2023/measures.csv`);
check(
  'measures.csv answers 200 as UTF-8 CSV',
  csv.status === 200 && /^text\/csv;\s*charset=utf-8$/i.test(String(csv.headers['content-type'])),
  `${csv.status} ${csv.headers['content-type']}`,
);

// The sitemap: every page, each under this address, none mentioning localhost.
const robots = (await get(`${base}robots.txt`)).body.toString('utf8');
check('robots.txt names the sitemap', robots.includes(`Sitemap: ${published}sitemap-index.xml`), robots.trim());
const index = await get(`${base}sitemap-index.xml`);
check('the sitemap index answers 200', index.status === 200, String(index.status));
const sitemaps = tags(index.body.toString('utf8'), true)
  .filter((tag) => tag.name === 'loc')
  .map((tag) => tag.text.trim());
const pages: string[] = [];
for (const sitemap of sitemaps)
  pages.push(
    ...tags((await get(served(sitemap))).body.toString('utf8'), true)
      .filter((tag) => tag.name === 'loc')
      .map((tag) => tag.text.trim()),
  );
check('the sitemap lists pages', pages.length > 0, `${pages.length}`);
check(
  'every sitemap address is under the published address',
  pages.every((address) => address.startsWith(published)),
  pages.find((address) => !address.startsWith(published)),
);
const broken: string[] = [];
const local: string[] = [];
for (const address of pages) {
  const response = await get(served(address));
  if (response.status !== 200) broken.push(`${address} ${response.status}`);
  if (response.body.toString('utf8').includes('localhost')) local.push(address);
}
check(`every page in the sitemap answers 200 (${pages.length})`, broken.length === 0, broken.join(', '));
check('no page mentions localhost', local.length === 0, local.join(', '));

// A missing page: a real 404, with the site's own page and policy.
const missing = await get(`${base}no-such-page-${Date.now()}/`);
check('a missing page answers 404', missing.status === 404, String(missing.status));
check('a missing page shows the site’s 404 page', missing.body.toString('utf8').includes(lv['notFound.title']));
checkSecurityHeaders('the 404 page', missing);

console.log(`\n${passed} passed, ${failures.length} failed`);
if (failures.length > 0) {
  console.error(`verify: ${base} is not published as it should be:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
}
