import { describe, expect, it } from 'vitest';
import { cacheControl, groupPolicies, headersFile } from '#src/lib/server/securityPolicy.ts';
import { headersFor } from '../../helpers/headersFor.ts';

describe('headersFile', () => {
  it('states a policy shared by every page once, under the base path, with framing forbidden', () => {
    const file = headersFile('/berni/', [
      { path: '/berni/a/', policy: "default-src 'self'; script-src 'self';" },
      { path: '/berni/b/', policy: "default-src 'self'; script-src 'self';" },
    ]);
    expect(headersFor(file, '/berni/a/')['Content-Security-Policy']).toBe(
      "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
    );
    expect(headersFor(file, '/berni/data/2023/measures.csv')['X-Content-Type-Options']).toBe('nosniff');
    expect(headersFor(file, '/a/')).toEqual({});
  });

  it('gives pages with different policies their own, and says no header twice for one address', () => {
    const file = headersFile('/', [
      { path: '/a/', policy: "script-src 'self' 'sha256-A'" },
      { path: '/b/', policy: "script-src 'self' 'sha256-B'" },
      { path: '/c/', policy: "script-src 'self' 'sha256-A'" },
    ]);
    expect(headersFor(file, '/a/')['Content-Security-Policy']).toContain('sha256-A');
    expect(headersFor(file, '/b/')['Content-Security-Policy']).toContain('sha256-B');
    expect(headersFor(file, '/b/')['Content-Security-Policy']).not.toContain('sha256-A');
    expect(headersFor(file, '/d/')['Content-Security-Policy']).toBeUndefined();
    expect(file.match(/Content-Security-Policy/g)).toHaveLength(3);
  });

  it('caches hashed files for a year and leaves the rest to the host', () => {
    const file = headersFile('/p/', [{ path: '/p/', policy: "default-src 'self'" }]);
    expect(headersFor(file, '/p/_astro/page.Ab12.css')['Cache-Control']).toBe(cacheControl.immutable);
    expect(headersFor(file, '/p/pagefind/fragment/en_1a2b.pf_fragment')['Cache-Control']).toBe(cacheControl.immutable);
    expect(headersFor(file, '/p/pagefind/pagefind.en_4792a7447d.pf_meta')['Cache-Control']).toBe(
      cacheControl.immutable,
    );
    expect(headersFor(file, '/p/pagefind/pagefind.js')['Cache-Control']).toBeUndefined();
    expect(headersFor(file, '/p/lv/')['Cache-Control']).toBeUndefined();
  });
});

describe('groupPolicies', () => {
  it('picks the policy most pages share', () => {
    const { shared, exceptions } = groupPolicies([
      { path: '/a/', policy: 'A' },
      { path: '/b/', policy: 'B' },
      { path: '/c/', policy: 'B' },
    ]);
    expect(shared).toBe('B');
    expect(exceptions).toEqual([{ path: '/a/', policy: 'A' }]);
  });

  it('refuses a build with no page policy at all', () => {
    expect(() => groupPolicies([])).toThrow(/No page/);
  });
});
