// Unit tests of the Jalali period arithmetic, checked against known Jalali–Gregorian day pairs.
import { describe, expect, it } from 'vitest';
import type { JalaliPeriod, PeriodPart, Season } from '../../../src/dataset';
import { parseIsoDate } from '../../../src/i18n/iso-date';
import {
  assertValidPeriod,
  isoDateToJalali,
  jalaliYearInterval,
  periodInterval,
  periodPrecision,
  seasonOfMonth,
} from '../../../src/i18n/jalali-period';

// Day arithmetic for the assertions, kept independent of the module under test.
function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function dayCount(start: string, end: string): number {
  return (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 + 1;
}

describe('periodPrecision', () => {
  it('periodPrecision is month when the period names a month', () => {
    expect(periodPrecision({ year: 1403, month: 11 })).toBe('month');
  });

  it('periodPrecision is season when the period names a season but no month', () => {
    expect(periodPrecision({ year: 1403, season: 'summer' })).toBe('season');
  });

  it('periodPrecision is year when the period names only a year', () => {
    expect(periodPrecision({ year: 1403 })).toBe('year');
  });

  it('periodPrecision is unchanged by a part', () => {
    expect(periodPrecision({ year: 1403, season: 'winter', part: 'late' })).toBe('season');
  });
});

describe('seasonOfMonth', () => {
  it('seasonOfMonth puts Farvardin, Khordad and Tir in spring, spring and summer', () => {
    expect([1, 3, 4].map(seasonOfMonth)).toEqual(['spring', 'spring', 'summer']);
  });

  it('seasonOfMonth puts Mehr and Esfand in autumn and winter', () => {
    expect([7, 12].map(seasonOfMonth)).toEqual(['autumn', 'winter']);
  });
});

describe('periodInterval: known days of 1403', () => {
  it('periodInterval gives summer 1403 as 1 Tir to 31 Shahrivar (2024-06-21..2024-09-21)', () => {
    expect(periodInterval({ year: 1403, season: 'summer' })).toEqual({
      start: '2024-06-21',
      end: '2024-09-21',
    });
  });

  it('periodInterval starts autumn 1403 on 1 Mehr (2024-09-22)', () => {
    expect(periodInterval({ year: 1403, season: 'autumn' }).start).toBe('2024-09-22');
  });

  it('periodInterval gives winter 1403 as 1 Dey to 30 Esfand (2024-12-21..2025-03-20)', () => {
    expect(periodInterval({ year: 1403, season: 'winter' })).toEqual({
      start: '2024-12-21',
      end: '2025-03-20',
    });
  });

  it('periodInterval gives Bahman 1403 as 2025-01-20..2025-02-18', () => {
    expect(periodInterval({ year: 1403, month: 11 })).toEqual({
      start: '2025-01-20',
      end: '2025-02-18',
    });
  });

  it('periodInterval gives Esfand of the leap year 1403 thirty days, to 2025-03-20', () => {
    expect(periodInterval({ year: 1403, month: 12 })).toEqual({
      start: '2025-02-19',
      end: '2025-03-20',
    });
  });

  it('periodInterval gives Esfand of the common year 1402 twenty-nine days, to 2024-03-19', () => {
    expect(periodInterval({ year: 1402, month: 12 })).toEqual({
      start: '2024-02-20',
      end: '2024-03-19',
    });
  });

  it('periodInterval gives the year 1403 as 2024-03-20..2025-03-20', () => {
    expect(periodInterval({ year: 1403 })).toEqual({ start: '2024-03-20', end: '2025-03-20' });
  });

  it('jalaliYearInterval gives the year 1403 as 2024-03-20..2025-03-20', () => {
    expect(jalaliYearInterval(1403)).toEqual({ start: '2024-03-20', end: '2025-03-20' });
  });

  it('jalaliYearInterval gives the common year 1404 365 days', () => {
    const { start, end } = jalaliYearInterval(1404);
    expect([start, dayCount(start, end)]).toEqual(['2025-03-21', 365]);
  });

  it('periodInterval accepts a month together with the season it lies in', () => {
    expect(periodInterval({ year: 1403, season: 'winter', month: 11 })).toEqual({
      start: '2025-01-20',
      end: '2025-02-18',
    });
  });
});

describe('periodInterval: parts', () => {
  it('periodInterval gives early Bahman 1403 as its first ten days (2025-01-20..2025-01-29)', () => {
    expect(periodInterval({ year: 1403, month: 11, part: 'early' })).toEqual({
      start: '2025-01-20',
      end: '2025-01-29',
    });
  });

  it('periodInterval gives mid-winter 1403 as days 30..59 of 90, i.e. Bahman', () => {
    expect(periodInterval({ year: 1403, season: 'winter', part: 'mid' })).toEqual({
      start: '2025-01-20',
      end: '2025-02-18',
    });
  });

  it('periodInterval gives late winter 1403 as days 60..89 of 90, i.e. Esfand', () => {
    expect(periodInterval({ year: 1403, season: 'winter', part: 'late' })).toEqual({
      start: '2025-02-19',
      end: '2025-03-20',
    });
  });

  it('periodInterval gives early autumn 1403 as its first 30 of 90 days', () => {
    expect(periodInterval({ year: 1403, season: 'autumn', part: 'early' })).toEqual({
      start: '2024-09-22',
      end: '2024-10-21',
    });
  });

  it('periodInterval gives late Farvardin 1403 the extra day of a 31-day month (11 days)', () => {
    expect(periodInterval({ year: 1403, month: 1, part: 'late' })).toEqual({
      start: '2024-04-09',
      end: '2024-04-19',
    });
  });

  it('periodInterval gives late Esfand 1402 ten of its 29 days', () => {
    expect(periodInterval({ year: 1402, month: 12, part: 'late' })).toEqual({
      start: '2024-03-10',
      end: '2024-03-19',
    });
  });

  it('periodInterval splits each month, season and year of 1402–1404 into thirds without gap or overlap', () => {
    const seasons: Season[] = ['spring', 'summer', 'autumn', 'winter'];
    const periods: JalaliPeriod[] = [];
    for (const year of [1402, 1403, 1404]) {
      periods.push({ year });
      for (const season of seasons) periods.push({ year, season });
      for (let month = 1; month <= 12; month++) periods.push({ year, month });
    }
    expect(periods).toHaveLength(51);
    for (const period of periods) {
      const whole = periodInterval(period);
      const parts = (['early', 'mid', 'late'] as PeriodPart[]).map((part) =>
        periodInterval({ ...period, part }),
      );
      const [early, mid, late] = parts as [typeof whole, typeof whole, typeof whole];
      const label = JSON.stringify(period);
      expect(early.start, label).toBe(whole.start);
      expect(mid.start, label).toBe(addDays(early.end, 1));
      expect(late.start, label).toBe(addDays(mid.end, 1));
      expect(late.end, label).toBe(whole.end);
      const lengths = parts.map((p) => dayCount(p.start, p.end));
      expect(Math.min(...lengths), label).toBeGreaterThan(0);
      expect(Math.max(...lengths) - Math.min(...lengths), label).toBeLessThanOrEqual(1);
    }
  });
});

describe('periodInterval: invalid periods', () => {
  it('periodInterval rejects a month outside the season it is given with, in a sentence', () => {
    expect(() => periodInterval({ year: 1403, season: 'summer', month: 11 })).toThrow(
      new RangeError('Jalali month 11 is in winter, not in summer as the period also says.'),
    );
  });

  it('periodInterval rejects month 0 with a RangeError', () => {
    expect(() => periodInterval({ year: 1403, month: 0 })).toThrow(RangeError);
  });

  it('periodInterval rejects month 13 with a RangeError', () => {
    expect(() => periodInterval({ year: 1403, month: 13 })).toThrow(RangeError);
  });

  it('periodInterval rejects a fractional month with a RangeError', () => {
    expect(() => periodInterval({ year: 1403, month: 1.5 })).toThrow(RangeError);
  });

  it('periodInterval rejects a fractional year with a RangeError', () => {
    expect(() => periodInterval({ year: 1403.5 })).toThrow(RangeError);
  });

  it('periodInterval rejects a year beyond what jalaali-js computes with a RangeError', () => {
    expect(() => periodInterval({ year: 4000 })).toThrow(RangeError);
  });

  it('assertValidPeriod rejects a season name that is not one of the four', () => {
    const period = { year: 1403, season: 'fall' } as unknown as JalaliPeriod;
    expect(() => assertValidPeriod(period)).toThrow(RangeError);
  });

  it('assertValidPeriod rejects a part name that is not early, mid or late', () => {
    const period = { year: 1403, part: 'end' } as unknown as JalaliPeriod;
    expect(() => assertValidPeriod(period)).toThrow(RangeError);
  });
});

describe('isoDateToJalali and parseIsoDate', () => {
  it('isoDateToJalali gives 2025-01-20 as 1 Bahman 1403', () => {
    expect(isoDateToJalali('2025-01-20')).toEqual({ jy: 1403, jm: 11, jd: 1 });
  });

  it('isoDateToJalali gives 2025-03-20 as 30 Esfand 1403', () => {
    expect(isoDateToJalali('2025-03-20')).toEqual({ jy: 1403, jm: 12, jd: 30 });
  });

  it('isoDateToJalali gives 2025-03-21 as 1 Farvardin 1404', () => {
    expect(isoDateToJalali('2025-03-21')).toEqual({ jy: 1404, jm: 1, jd: 1 });
  });

  it('isoDateToJalali gives 2024-09-21 as 31 Shahrivar 1403', () => {
    expect(isoDateToJalali('2024-09-21')).toEqual({ jy: 1403, jm: 6, jd: 31 });
  });

  it('isoDateToJalali rejects a day that does not exist (2025-02-30)', () => {
    expect(() => isoDateToJalali('2025-02-30')).toThrow(RangeError);
  });

  it('parseIsoDate rejects a date without zero padding', () => {
    expect(() => parseIsoDate('2025-1-20')).toThrow(RangeError);
  });

  it('parseIsoDate reads the date as midnight UTC', () => {
    expect(parseIsoDate('2025-01-20').toISOString()).toBe('2025-01-20T00:00:00.000Z');
  });
});
