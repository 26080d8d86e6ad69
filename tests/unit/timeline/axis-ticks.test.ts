// Unit tests of the timeline axis over a domain: the 1403 axis as it always was, and other years.
import { describe, expect, it } from 'vitest';
import { axisTicks, jalaliYearsText } from '../../../src/timeline/axis-ticks';
import { YEAR_1403 } from '../../../src/timeline/time-scale';

const labels = (ticks: { label: string }[]) => ticks.map((t) => t.label).filter((l) => l !== '');

describe('axisTicks(domain, lang, plotWidth) over 1403', () => {
  it('names the twelve Jalali months in Persian, from 1 Farvardin, without a year', () => {
    const ticks = axisTicks(YEAR_1403, 'fa', 800);
    expect(ticks).toHaveLength(12);
    expect(ticks[0]).toEqual({ date: '2024-03-20', label: 'فروردین' });
    expect(ticks[10]).toEqual({ date: '2025-01-20', label: 'بهمن' });
    expect(labels(ticks)).toHaveLength(12);
  });

  it('names the twelve Gregorian months in English, the year at January', () => {
    const ticks = axisTicks(YEAR_1403, 'en', 600);
    expect(labels(ticks)).toEqual([
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      'Jan 2025',
      'Feb',
      'Mar',
    ]);
    expect(ticks[0]?.date).toBe('2024-04-01');
  });

  it('names one month in three below 560 px (English) or 720 px (Persian), keeping every tick', () => {
    expect(labels(axisTicks(YEAR_1403, 'en', 559))).toEqual(['Apr', 'Jul', 'Oct', 'Jan 2025']);
    expect(labels(axisTicks(YEAR_1403, 'en', 560))).toHaveLength(12);
    expect(labels(axisTicks(YEAR_1403, 'fa', 719))).toEqual(['فروردین', 'تیر', 'مهر', 'دی']);
    expect(axisTicks(YEAR_1403, 'fa', 719)).toHaveLength(12);
  });
});

describe('axisTicks(domain, lang, plotWidth) over other years', () => {
  const Y1398_1400 = { start: '2019-03-21', end: '2022-03-20' };

  it('over 1398–1400 in Persian, names each Jalali year at Farvardin with its year', () => {
    const ticks = axisTicks(Y1398_1400, 'fa', 2200);
    expect(ticks).toHaveLength(36);
    expect(ticks[0]).toEqual({ date: '2019-03-21', label: 'فروردین ۱۳۹۸' });
    expect(ticks[12]).toEqual({ date: '2020-03-20', label: 'فروردین ۱۳۹۹' });
    expect(ticks[1]?.label).toBe('اردیبهشت');
  });

  it('over 1398–1400 at 600 px, names the seasons in Persian and the quarters in English', () => {
    expect(labels(axisTicks(Y1398_1400, 'fa', 720)).slice(0, 5)).toEqual([
      'فروردین ۱۳۹۸',
      'تیر',
      'مهر',
      'دی',
      'فروردین ۱۳۹۹',
    ]);
    expect(labels(axisTicks(Y1398_1400, 'en', 600)).slice(0, 4)).toEqual([
      'Apr',
      'Jul',
      'Oct',
      'Jan 2020',
    ]);
  });

  it('on a narrow plot names only the years: 2020, 2021, 2022 in English, ۱۳۹۸… in Persian', () => {
    expect(labels(axisTicks(Y1398_1400, 'en', 150))).toEqual(['2020', '2021', '2022']);
    expect(labels(axisTicks(Y1398_1400, 'fa', 200))).toEqual(['۱۳۹۸', '۱۳۹۹', '۱۴۰۰']);
  });

  it('over twenty years draws a tick per year only and names a few of them', () => {
    const domain = { start: '2001-03-21', end: '2021-03-20' }; // 1380–1399
    const ticks = axisTicks(domain, 'en', 600);
    expect(ticks.every((t) => t.date.endsWith('-01-01'))).toBe(true);
    expect(labels(ticks).length).toBeLessThanOrEqual(Math.floor(600 / (560 / 12)));
    expect(labels(ticks)[0]).toBe('2002');
  });

  it('over a single other year (1398) reads as 1403 does: months, no year in Persian', () => {
    const domain = { start: '2019-03-21', end: '2020-03-19' };
    expect(labels(axisTicks(domain, 'fa', 800))[0]).toBe('فروردین');
    expect(labels(axisTicks(domain, 'en', 600))).toContain('Jan 2020');
  });
});

describe('jalaliYearsText(domain, lang)', () => {
  it('names 1403 alone as "1403" / «۱۴۰۳» and 1398–1400 as a range', () => {
    expect(jalaliYearsText(YEAR_1403, 'en')).toBe('1403');
    expect(jalaliYearsText(YEAR_1403, 'fa')).toBe('۱۴۰۳');
    expect(jalaliYearsText({ start: '2019-03-21', end: '2022-03-20' }, 'fa')).toBe('۱۳۹۸–۱۴۰۰');
  });
});
