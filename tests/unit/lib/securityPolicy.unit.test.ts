import { describe, expect, it } from 'vitest';
import { headersFile, headersFor } from '../../../src/lib/securityPolicy.ts';

describe('headersFile', () => {
  it('states a policy shared by every page once, for all paths, with framing forbidden', () => {
    const file = headersFile([
      { path: '/a/', policy: "default-src 'self'; script-src 'self';" },
      { path: '/b/', policy: "default-src 'self'; script-src 'self';" },
    ]);
    expect(headersFor(file, '/a/')['Content-Security-Policy']).toBe(
      "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
    );
    expect(headersFor(file, '/data/2023/measures.csv')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('gives pages with different policies their own', () => {
    const file = headersFile([
      { path: '/a/', policy: "script-src 'self' 'sha256-A'" },
      { path: '/b/', policy: "script-src 'self' 'sha256-B'" },
    ]);
    expect(headersFor(file, '/a/')['Content-Security-Policy']).toContain('sha256-A');
    expect(headersFor(file, '/b/')['Content-Security-Policy']).toContain('sha256-B');
    expect(headersFor(file, '/c/')['Content-Security-Policy']).toBeUndefined();
  });
});
