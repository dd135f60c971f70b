/**
 * The published site is locked down: a Content-Security-Policy that allows only
 * the site's own files (in a <meta> on every page and in _headers), no inline
 * script without its hash, and nothing the policy has to block.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { at, builtPages, distDir, pageKinds } from './site.ts';

const policyOf = (html: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';

test('every page carries a policy that allows only the site itself', () => {
  for (const pathname of builtPages()) {
    const file = path.join(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const html = readFileSync(file, 'utf8');
    const policy = policyOf(html);
    expect(policy, pathname).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).not.toMatch(/https?:\/\//);
    // Every inline script that a browser would run is allowed by its hash, and by nothing broader.
    for (const [, attributes = '', body = ''] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attributes) || /type="application\/ld\+json"/.test(attributes)) continue;
      const hash = createHash('sha256').update(body).digest('base64');
      expect(policy, `inline script on ${pathname}`).toContain(`'sha256-${hash}'`);
    }
  }
});

test('the server sends the policy, with framing forbidden, and the other security headers', async ({ request }) => {
  for (const pathname of ['/', '/lv/2023/1-1/', '/en/search/']) {
    const headers = (await request.get(at(pathname))).headers();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  }
});

async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') console.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)),
    ...console,
  ];
}

for (const [kind, pathname] of Object.entries(pageKinds)) {
  test(`nothing on the ${kind} page breaks the policy`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(at(pathname));
    expect(await violations()).toEqual([]);
  });
}

test('search works under the policy (WebAssembly included)', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(at('/lv/search/?q=Dardedze'));
  await expect(page.locator('.result-list a').first()).toHaveAttribute('href', at('/lv/2023/2-2-2/'));
  expect(await violations()).toEqual([]);
});
