import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';
import { siteAddress, siteSetting } from '#src/lib/server/siteAddress.ts';

describe('siteAddress', () => {
  it('splits an address with a sub-path into site and base', () => {
    expect(siteAddress('https://programma.example.lv/berni/')).toEqual({
      site: 'https://programma.example.lv/berni/',
      base: '/berni/',
    });
    expect(siteAddress('https://www.example.gov.lv/programma')).toEqual({
      site: 'https://www.example.gov.lv/programma/',
      base: '/programma/',
    });
  });

  it('has no site and the root as base when nothing is set', () => {
    expect(siteAddress('')).toEqual({ site: undefined, base: '/' });
    expect(siteAddress('  ')).toEqual({ site: undefined, base: '/' });
    expect(siteAddress('https://example.lv')).toEqual({ site: 'https://example.lv/', base: '/' });
  });

  it('refuses what is not a plain http(s) address', () => {
    expect(() => siteAddress('www.example.gov.lv/programma/')).toThrow(/not an http\(s\) address/);
    expect(() => siteAddress('ftp://example.lv/')).toThrow(/not an http\(s\) address/);
    expect(() => siteAddress('https://example.lv/?x=1')).toThrow(/no query/);
  });
});

describe('siteSetting', () => {
  it('lets SITE_URL override the committed setting, even to empty', () => {
    expect(siteSetting('https://a.lv/', undefined)).toBe('https://a.lv/');
    expect(siteSetting('https://a.lv/', 'https://b.lv/x/')).toBe('https://b.lv/x/');
    expect(siteSetting('https://a.lv/', '')).toBe('');
  });
});

describe('absoluteUrl', () => {
  it('joins a path under the base to the site, or gives nothing without a site', () => {
    const site = new URL('https://programma.example.lv/berni/');
    expect(absoluteUrl('/berni/en/2023/2-1-2/', site)).toBe('https://programma.example.lv/berni/en/2023/2-1-2/');
    expect(absoluteUrl('/berni/en/', undefined)).toBeUndefined();
  });
});
