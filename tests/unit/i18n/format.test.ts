// Unit tests of the Persian and English formatting of numbers, periods and dates, as exact strings.
import { describe, expect, it } from 'vitest';
import {
  formatGregorianInterval,
  formatJalaliDate,
  formatKm,
  formatMs,
  formatNumber,
  formatPeriod,
  jalaliMonthName,
  toPersianDigits,
} from '../../../src/i18n/format';

describe('formatNumber', () => {
  it('formatNumber writes Persian digits and the Persian thousands separator in fa', () => {
    expect(formatNumber(2345, 'fa')).toBe('۲٬۳۴۵');
  });

  it('formatNumber writes the Persian decimal separator in fa', () => {
    expect(formatNumber(2345.5, 'fa')).toBe('۲٬۳۴۵٫۵');
  });

  it('formatNumber writes ASCII digits with comma grouping in en', () => {
    expect(formatNumber(1234567.25, 'en')).toBe('1,234,567.25');
  });

  it('formatNumber passes its options to Intl.NumberFormat', () => {
    expect(formatNumber(0.256, 'en', { style: 'percent' })).toBe('26%');
  });
});

describe('formatKm', () => {
  it('formatKm writes whole kilometres with "km" in en', () => {
    expect(formatKm(2345.4, 'en')).toBe('2,345 km');
  });

  it('formatKm writes Persian digits with «کیلومتر» in fa', () => {
    expect(formatKm(2345, 'fa')).toBe('۲٬۳۴۵ کیلومتر');
  });

  it('formatKm rounds half a kilometre up', () => {
    expect(formatKm(2345.5, 'en')).toBe('2,346 km');
  });

  it('formatKm never writes a negative zero', () => {
    expect(formatKm(-0.2, 'en')).toBe('0 km');
  });
});

describe('formatMs', () => {
  it('formatMs writes one decimal with "ms" in en', () => {
    expect(formatMs(11.46, 'en')).toBe('11.5 ms');
  });

  it('formatMs writes the Persian decimal separator and «میلی‌ثانیه» in fa', () => {
    expect(formatMs(11.5, 'fa')).toBe('۱۱٫۵ میلی\u200cثانیه');
  });

  it('formatMs keeps the decimal of a whole number of milliseconds', () => {
    expect(formatMs(12, 'en')).toBe('12.0 ms');
  });
});

describe('toPersianDigits', () => {
  it('toPersianDigits replaces each ASCII digit with its Persian digit', () => {
    expect(toPersianDigits('0123456789')).toBe('۰۱۲۳۴۵۶۷۸۹');
  });

  it('toPersianDigits leaves letters and punctuation alone', () => {
    expect(toPersianDigits('CAS-1 (2 legs)')).toBe('CAS-۱ (۲ legs)');
  });
});

describe('jalaliMonthName', () => {
  it('jalaliMonthName gives the twelve Persian month names in fa', () => {
    const names = Array.from({ length: 12 }, (_, i) => jalaliMonthName(i + 1, 'fa'));
    expect(names).toEqual([
      'فروردین',
      'اردیبهشت',
      'خرداد',
      'تیر',
      'مرداد',
      'شهریور',
      'مهر',
      'آبان',
      'آذر',
      'دی',
      'بهمن',
      'اسفند',
    ]);
  });

  it('jalaliMonthName gives the twelve transliterated month names in en', () => {
    const names = Array.from({ length: 12 }, (_, i) => jalaliMonthName(i + 1, 'en'));
    expect(names).toEqual([
      'Farvardin',
      'Ordibehesht',
      'Khordad',
      'Tir',
      'Mordad',
      'Shahrivar',
      'Mehr',
      'Aban',
      'Azar',
      'Dey',
      'Bahman',
      'Esfand',
    ]);
  });

  it('jalaliMonthName rejects month 13 with a RangeError', () => {
    expect(() => jalaliMonthName(13, 'en')).toThrow(RangeError);
  });
});

describe('formatPeriod in Persian', () => {
  it('formatPeriod formats summer 1403 in Persian', () => {
    expect(formatPeriod({ year: 1403, season: 'summer' }, 'fa')).toBe('تابستان ۱۴۰۳');
  });

  it('formatPeriod formats early autumn 1403 in Persian', () => {
    expect(formatPeriod({ year: 1403, season: 'autumn', part: 'early' }, 'fa')).toBe(
      'اوایل پاییز ۱۴۰۳',
    );
  });

  it('formatPeriod formats mid-winter 1403 in Persian', () => {
    expect(formatPeriod({ year: 1403, season: 'winter', part: 'mid' }, 'fa')).toBe(
      'اواسط زمستان ۱۴۰۳',
    );
  });

  it('formatPeriod formats late winter 1403 in Persian', () => {
    expect(formatPeriod({ year: 1403, season: 'winter', part: 'late' }, 'fa')).toBe(
      'اواخر زمستان ۱۴۰۳',
    );
  });

  it('formatPeriod formats early Bahman 1403 in Persian', () => {
    expect(formatPeriod({ year: 1403, month: 11, part: 'early' }, 'fa')).toBe('اوایل بهمن ۱۴۰۳');
  });

  it('formatPeriod formats Bahman 1403 in Persian', () => {
    expect(formatPeriod({ year: 1403, month: 11 }, 'fa')).toBe('بهمن ۱۴۰۳');
  });

  it('formatPeriod formats the year 1403 in Persian without a thousands separator', () => {
    expect(formatPeriod({ year: 1403 }, 'fa')).toBe('۱۴۰۳');
  });

  it('formatPeriod formats early in the year 1403 in Persian with «سال»', () => {
    expect(formatPeriod({ year: 1403, part: 'early' }, 'fa')).toBe('اوایل سال ۱۴۰۳');
  });

  it('formatPeriod names the month, not the season, when both are given', () => {
    expect(formatPeriod({ year: 1403, season: 'winter', month: 11 }, 'fa')).toBe('بهمن ۱۴۰۳');
  });
});

describe('formatPeriod in English', () => {
  it('formatPeriod formats summer 1403 in English', () => {
    expect(formatPeriod({ year: 1403, season: 'summer' }, 'en')).toBe('Summer 1403 SH');
  });

  it('formatPeriod formats early autumn 1403 in English', () => {
    expect(formatPeriod({ year: 1403, season: 'autumn', part: 'early' }, 'en')).toBe(
      'Early autumn 1403 SH',
    );
  });

  it('formatPeriod formats mid-winter 1403 in English with a hyphen', () => {
    expect(formatPeriod({ year: 1403, season: 'winter', part: 'mid' }, 'en')).toBe(
      'Mid-winter 1403 SH',
    );
  });

  it('formatPeriod formats late winter 1403 in English', () => {
    expect(formatPeriod({ year: 1403, season: 'winter', part: 'late' }, 'en')).toBe(
      'Late winter 1403 SH',
    );
  });

  it('formatPeriod formats early Bahman 1403 in English', () => {
    expect(formatPeriod({ year: 1403, month: 11, part: 'early' }, 'en')).toBe(
      'Early Bahman 1403 SH',
    );
  });

  it('formatPeriod formats mid-Bahman 1403 in English with a hyphen', () => {
    expect(formatPeriod({ year: 1403, month: 11, part: 'mid' }, 'en')).toBe('Mid-Bahman 1403 SH');
  });

  it('formatPeriod formats the year 1403 in English without a thousands separator', () => {
    expect(formatPeriod({ year: 1403 }, 'en')).toBe('1403 SH');
  });

  it('formatPeriod formats late 1403 in English', () => {
    expect(formatPeriod({ year: 1403, part: 'late' }, 'en')).toBe('Late 1403 SH');
  });

  it('formatPeriod rejects a month outside the season it is given with', () => {
    expect(() => formatPeriod({ year: 1403, season: 'summer', month: 11 }, 'en')).toThrow(
      RangeError,
    );
  });
});

describe('formatGregorianInterval', () => {
  it('formatGregorianInterval names both months and the year once within a year in English', () => {
    expect(formatGregorianInterval('2024-06-21', '2024-09-21', 'en')).toBe('21 Jun – 21 Sep 2024');
  });

  it('formatGregorianInterval joins two days of one month with an en dash in English', () => {
    expect(formatGregorianInterval('2025-01-20', '2025-01-29', 'en')).toBe('20–29 Jan 2025');
  });

  it('formatGregorianInterval names both years when the range crosses a year in English', () => {
    expect(formatGregorianInterval('2024-12-21', '2025-03-20', 'en')).toBe(
      '21 Dec 2024 – 20 Mar 2025',
    );
  });

  it('formatGregorianInterval gives a one-day range as that day', () => {
    expect(formatGregorianInterval('2025-01-20', '2025-01-20', 'en')).toBe('20 Jan 2025');
  });

  it('formatGregorianInterval uses Persian Gregorian month names and digits in Persian', () => {
    expect(formatGregorianInterval('2024-06-21', '2024-09-21', 'fa')).toBe(
      '۲۱ ژوئن – ۲۱ سپتامبر ۲۰۲۴',
    );
  });

  it('formatGregorianInterval puts the ezafe on January before the year in Persian', () => {
    expect(formatGregorianInterval('2025-01-20', '2025-01-29', 'fa')).toBe('۲۰–۲۹ ژانویهٔ ۲۰۲۵');
  });

  it('formatGregorianInterval names both years when the range crosses a year in Persian', () => {
    expect(formatGregorianInterval('2024-12-21', '2025-03-20', 'fa')).toBe(
      '۲۱ دسامبر ۲۰۲۴ – ۲۰ مارس ۲۰۲۵',
    );
  });

  it('formatGregorianInterval rejects a range that ends before it starts', () => {
    expect(() => formatGregorianInterval('2025-01-29', '2025-01-20', 'en')).toThrow(RangeError);
  });

  it('formatGregorianInterval rejects a malformed date', () => {
    expect(() => formatGregorianInterval('2025-01-20', '29/01/2025', 'en')).toThrow(RangeError);
  });
});

describe('formatJalaliDate', () => {
  it('formatJalaliDate gives 2025-01-20 as 1 Bahman 1403 in Persian', () => {
    expect(formatJalaliDate('2025-01-20', 'fa')).toBe('۱ بهمن ۱۴۰۳');
  });

  it('formatJalaliDate gives 2025-01-20 as 1 Bahman 1403 SH in English', () => {
    expect(formatJalaliDate('2025-01-20', 'en')).toBe('1 Bahman 1403 SH');
  });

  it('formatJalaliDate gives the last day of 1403 as 30 Esfand', () => {
    expect(formatJalaliDate('2025-03-20', 'en')).toBe('30 Esfand 1403 SH');
  });

  it('formatJalaliDate gives 2025-03-21 as the first day of 1404', () => {
    expect(formatJalaliDate('2025-03-21', 'fa')).toBe('۱ فروردین ۱۴۰۴');
  });
});
