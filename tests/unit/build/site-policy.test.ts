// Unit tests of the site settings and the Content-Security-Policy built from them.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, parseSiteSettings } from '../../../src/build/site-policy';

describe('parseSiteSettings', () => {
  it('parseSiteSettings(input) keeps https: origins', () => {
    expect(parseSiteSettings({ dataOrigins: ['https://data.example.org'] })).toEqual({
      dataOrigins: ['https://data.example.org'],
    });
  });

  it('parseSiteSettings treats missing dataOrigins as none', () => {
    expect(parseSiteSettings({})).toEqual({ dataOrigins: [] });
  });

  it.each([
    ['http://data.example.org', 'https:'],
    ['https://data.example.org/', 'no path'],
    ['https://data.example.org/datasets', 'no path'],
    ['javascript:alert(1)', 'https:'],
    ['not a url', 'not a URL'],
  ])('parseSiteSettings refuses %s', (origin, reason) => {
    expect(() => parseSiteSettings({ dataOrigins: [origin] })).toThrow(reason);
  });
});

describe('contentSecurityPolicy', () => {
  it('contentSecurityPolicy(settings) allows scripts and workers from the site only', () => {
    const policy = contentSecurityPolicy({ dataOrigins: [] });
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("worker-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  it('contentSecurityPolicy adds the listed data origins to connect-src', () => {
    const policy = contentSecurityPolicy({
      dataOrigins: ['https://a.example', 'https://b.example'],
    });
    expect(policy).toContain("connect-src 'self' https://a.example https://b.example;");
  });
});
