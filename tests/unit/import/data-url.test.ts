// Unit tests of dataset addresses: same origin or allowed origins only, never script or local schemes.
import { describe, expect, it } from 'vitest';
import { parseDataUrl, safeHttpsUrl } from '../../../src/data/import/data-url';

const PAGE = 'https://atlas.example/app/index.html?data=x';

describe('parseDataUrl', () => {
  it('parseDataUrl resolves a relative address against the page', () => {
    const result = parseDataUrl('data/other.json', PAGE, []);
    expect(result.ok && result.value.href).toBe('https://atlas.example/app/data/other.json');
  });

  it('parseDataUrl accepts an address on a listed origin', () => {
    const result = parseDataUrl('https://data.example.org/a.json', PAGE, [
      'https://data.example.org/',
    ]);
    expect(result.ok && result.value.href).toBe('https://data.example.org/a.json');
  });

  it('parseDataUrl refuses javascript:, data:, blob: and file: addresses', () => {
    for (const raw of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:application/json,{}',
      'blob:https://atlas.example/1',
      'file:///etc/passwd',
    ]) {
      const result = parseDataUrl(raw, PAGE, ['https://data.example.org']);
      expect(result.ok ? null : result.problem.code, raw).toBe('url.scheme');
    }
  });

  it('parseDataUrl refuses another origin, even one that only looks alike', () => {
    for (const raw of [
      'https://evil.example/a.json',
      '//evil.example/a.json',
      'http://atlas.example/a.json',
      'https://atlas.example.evil.example/a.json',
      'https://atlas.example:8443/a.json',
    ]) {
      const result = parseDataUrl(raw, PAGE, ['not a url', 'ftp://atlas.example']);
      expect(result.ok ? null : result.problem.code, raw).toBe('url.origin');
    }
  });

  it('parseDataUrl refuses credentials and what is not an address', () => {
    const credentials = parseDataUrl('https://user:pw@atlas.example/a.json', PAGE, []);
    expect(credentials.ok ? null : credentials.problem.code).toBe('url.credentials');
    const empty = parseDataUrl('  ', PAGE, []);
    expect(empty.ok ? null : empty.problem.code).toBe('url.invalid');
    const broken = parseDataUrl('https://[::1', PAGE, []);
    expect(broken.ok ? null : broken.problem.code).toBe('url.invalid');
  });

  it('parseDataUrl on a page opened from a file loads only from allowed origins', () => {
    const page = 'file:///home/me/corridor-atlas.html';
    const local = parseDataUrl('data.json', page, []);
    expect(local.ok ? null : local.problem.code).toBe('url.scheme');
    expect(
      parseDataUrl('https://data.example.org/a.json', page, ['https://data.example.org']).ok,
    ).toBe(true);
  });
});

describe('safeHttpsUrl', () => {
  it('safeHttpsUrl keeps https links only', () => {
    expect(safeHttpsUrl('https://irna.ir/news/1')).toBe('https://irna.ir/news/1');
    expect(safeHttpsUrl('http://irna.ir/')).toBeNull();
    expect(safeHttpsUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpsUrl('/relative')).toBeNull();
    expect(safeHttpsUrl(42)).toBeNull();
  });
});
