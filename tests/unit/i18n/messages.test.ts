// Unit tests of the interface strings: both catalogs complete and alike, and t() filling placeholders.
import { describe, expect, it } from 'vitest';
import { IMPORT_CATALOGS } from '../../../src/data/import/messages';
import { catalogs, t } from '../../../src/i18n/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

type Catalogs = Readonly<Record<'en' | 'fa', Readonly<Record<string, string>>>>;

describe.each([
  ['the interface', catalogs as Catalogs],
  ['the data import', IMPORT_CATALOGS as Catalogs],
])('catalogs of %s', (_name, catalogs) => {
  it('en and fa have exactly the same keys', () => {
    expect(Object.keys(catalogs.fa).sort()).toEqual(Object.keys(catalogs.en).sort());
  });

  it('no string is empty or only white space', () => {
    const empty = (['en', 'fa'] as const).flatMap((lang) =>
      Object.entries(catalogs[lang])
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => `${lang}:${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('each key has the same {placeholders} in en and fa', () => {
    const differing = (Object.keys(catalogs.en) as string[]).filter(
      (key) =>
        JSON.stringify(placeholders(catalogs.en[key] ?? '')) !==
        JSON.stringify(placeholders(catalogs.fa[key] ?? '-')),
    );
    expect(differing).toEqual([]);
  });

  it('no string has a brace that is not part of a {placeholder}', () => {
    const stray = (['en', 'fa'] as const).flatMap((lang) =>
      Object.entries(catalogs[lang])
        .filter(([, text]) => /[{}]/.test(text.replace(/\{\w+\}/g, '')))
        .map(([key]) => `${lang}:${key}`),
    );
    expect(stray).toEqual([]);
  });

  it('every fa string differs from its en string: it is translated', () => {
    const same = (Object.keys(catalogs.en) as string[]).filter(
      (key) => catalogs.en[key] === catalogs.fa[key],
    );
    expect(same).toEqual([]);
  });
});

describe('t', () => {
  it('t(lang, key) returns the string of that language', () => {
    expect(t('en', 'source.close')).toBe('Close');
    expect(t('fa', 'source.close')).toBe('بستن');
  });

  it('t fills a text placeholder', () => {
    expect(t('en', 'app.error', { reason: 'no data' })).toBe('The map could not start: no data');
  });

  it('t fills several placeholders', () => {
    expect(t('en', 'panel.route', { from: 'Tehran', to: 'Riyadh' })).toBe('Tehran → Riyadh');
  });

  it('t writes numbers in Persian digits in fa', () => {
    expect(t('fa', 'tooltip.meetings', { count: 4, titles: 'الف' })).toBe('۴ دیدار: الف');
  });

  it('t writes numbers with Persian digits and separators in fa (1234 → ۱٬۲۳۴)', () => {
    expect(t('fa', 'tooltip.meetings', { count: 1234, titles: 'x' })).toBe('۱٬۲۳۴ دیدار: x');
  });

  it('t writes numbers in ASCII digits with grouping in en', () => {
    expect(t('en', 'tooltip.meetings', { count: 1234, titles: 'x' })).toBe('1,234 meetings: x');
  });

  it('t leaves digits inside a text parameter as they are', () => {
    expect(t('fa', 'tooltip.trip', { title: 'CAS-1' })).toBe('سفر: CAS-1');
  });

  it('t leaves a placeholder without a parameter as it is', () => {
    expect(t('en', 'app.error')).toBe('The map could not start: {reason}');
  });

  it('t inserts a parameter as plain text, even one that looks like markup or a placeholder', () => {
    expect(t('en', 'tooltip.trip', { title: '<b>{title}</b>' })).toBe('Trip: <b>{title}</b>');
  });
});
