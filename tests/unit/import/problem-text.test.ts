// Unit tests of problem sentences: every code has a Persian and an English what and fix, and where reads well.
import { describe, expect, it } from 'vitest';
import { internalProblem, PROBLEM_CODES, problem } from '../../../src/data/import/problem';
import { problemText, problemWhere } from '../../../src/data/import/problem-text';
import { IMPORT_CATALOGS as catalogs } from '../../../src/data/import/messages';

const PERSIAN_LETTERS = /[\u0600-\u06ff]/;

describe('problem messages', () => {
  it('every problem code has a what and a fix in both languages', () => {
    const missing = PROBLEM_CODES.flatMap((code) =>
      (['en', 'fa'] as const).flatMap((lang) =>
        ['what', 'fix']
          .map((part) => `import.${part}.${code}`)
          .filter((key) => !(key in catalogs[lang]))
          .map((key) => `${lang}:${key}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('no import message is left over from a code that no longer exists', () => {
    const codes = new Set<string>(PROBLEM_CODES);
    const stale = Object.keys(catalogs.en)
      .filter((key) => /^import\.(what|fix)\./.test(key))
      .filter((key) => !codes.has(key.replace(/^import\.(what|fix)\./, '')));
    expect(stale).toEqual([]);
  });

  it('every Persian import message is written in Persian', () => {
    const notPersian = Object.entries(catalogs.fa)
      .filter(([key]) => /^import\.(what|fix|where|summary)/.test(key))
      .filter(([, text]) => !PERSIAN_LETTERS.test(text))
      .map(([key]) => key);
    expect(notPersian).toEqual([]);
  });
});

describe('problemText', () => {
  it('problemText says where, what and how to fix, in English', () => {
    const p = problem(
      'error',
      'country.unknown',
      { path: '/features/3/properties/country', index: 3, id: 'x-1', line: 40, column: 7 },
      { code: 'XXX' },
    );
    expect(problemText('en', p)).toEqual({
      where: 'Feature 4 (id “x-1”) · at /features/3/properties/country · line 40, column 7',
      what: '“XXX” is not a known country code.',
      fix: 'Check the code against ISO 3166-1 alpha-3: e.g. SAU for Saudi Arabia, not SA or KSA.',
    });
  });

  it('problemText writes Persian with Persian digits and isolates Latin ids and paths', () => {
    const p = problem(
      'error',
      'country.unknown',
      { path: '/features/3', index: 3, line: 40, column: 7 },
      { code: 'XXX' },
    );
    expect(problemText('fa', p)).toEqual({
      where: 'عارضهٔ ۴، در \u2068/features/3\u2069، سطر ۴۰، ستون ۷',
      what: '«\u2068XXX\u2069» کد کشور شناخته‌شده‌ای نیست.',
      fix: 'کد را با فهرست ISO 3166-1 alpha-3 بسنجید: برای نمونه SAU برای عربستان سعودی، نه SA یا KSA.',
    });
  });

  it('problemWhere names a dataset item by its kind, and the whole file when nothing narrower', () => {
    expect(problemWhere('en', { path: '/events/2/place', index: 2, id: 'kaz' })).toBe(
      'Event 3 (id “kaz”) · at /events/2/place',
    );
    expect(problemWhere('fa', { path: '/story/0/date', index: 0 })).toBe(
      'فصل داستان شمارهٔ ۱، در \u2068/story/0/date\u2069',
    );
    expect(problemWhere('en', { path: '' })).toBe('The whole file');
  });

  it('problemText translates kinds, types and reasons, and gives sizes in MB', () => {
    const pruned = problem(
      'warning',
      'ref.pruned',
      { path: '/countries/0/corridors/1' },
      {
        kind: 'corridor',
        id: 'x',
        reason: 'dropped',
      },
    );
    expect(problemText('fa', pruned).what).toBe(
      'به کریدور «\u2068x\u2069» ارجاع می‌دهد که به‌خاطر مشکلات خودش کنار گذاشته شد؛ این ارجاع حذف شد و خود مورد نگه داشته شد.',
    );
    const type = problem('error', 'schema.type', { path: '/version' }, { expected: 'string,null' });
    expect(problemText('en', type).what).toBe(
      'This value has the wrong type: expected a text or null.',
    );
    const list = problem('error', 'json.not-object', { path: '' }, { found: 'array' });
    expect(problemText('en', list).what).toBe(
      'The file holds a list where a JSON object is expected.',
    );
    const big = problem(
      'error',
      'file.too-large',
      { path: '' },
      { bytes: 31_457_280, limit: 20_971_520 },
    );
    expect(problemText('en', big).what).toBe(
      'The file is 30 MB; the largest file the map reads is 20 MB.',
    );
    expect(problemText('fa', big).what).toContain('۳۰ مگابایت');
  });
});

describe('internalProblem', () => {
  it("is an internal error of the whole file, with an error's message or the reason itself", () => {
    expect(internalProblem(new Error('out of memory'))).toEqual(
      problem('error', 'internal', { path: '' }, { message: 'out of memory' }),
    );
    expect(internalProblem('aborted').params.message).toBe('aborted');
    expect(internalProblem(null).params.message).toBe('null');
  });
});
