// Unit tests of reading a typed day: Jalali or Gregorian, Persian or Latin digits, any of three separators.
import { describe, expect, it } from 'vitest';
import { jalaliDayText, parseTypedDate } from '../../../src/i18n/typed-date';

describe('parseTypedDate', () => {
  it.each([
    ['1403-08-15', '2024-11-05', 'jalali'],
    ['۱۴۰۳/۰۸/۱۵', '2024-11-05', 'jalali'],
    ['١٤٠٣.٨.١٥', '2024-11-05', 'jalali'],
    [' 1403/8/15 ', '2024-11-05', 'jalali'],
    ['1403-01-01', '2024-03-20', 'jalali'],
    ['1403-12-30', '2025-03-20', 'jalali'],
    ['2024-11-05', '2024-11-05', 'gregorian'],
    ['۲۰۲۴/۱۱/۵', '2024-11-05', 'gregorian'],
    ['2024.2.29', '2024-02-29', 'gregorian'],
  ])('parseTypedDate(%j) is %s, written in the %s calendar', (text, iso, calendar) => {
    expect(parseTypedDate(text)).toEqual({ ok: true, value: { iso, calendar } });
  });

  it.each(['', '1403', '1403-08', '15/08/1403', 'tomorrow', '1403-08-15T10:00', '14030815'])(
    'parseTypedDate(%j) is not of the form year, month, day',
    (text) => {
      expect(parseTypedDate(text)).toEqual({ ok: false, reason: 'form' });
    },
  );

  it.each(['1403-13-01', '1404-12-30', '1403-07-31', '2025-02-29', '2024-04-31', '2024-00-10'])(
    'parseTypedDate(%j) names no such day',
    (text) => {
      expect(parseTypedDate(text)).toEqual({ ok: false, reason: 'day' });
    },
  );
});

describe('jalaliDayText', () => {
  it('jalaliDayText(iso) writes the Jalali day with two-digit month and day, and reads back', () => {
    expect(jalaliDayText('2024-11-05')).toBe('1403-08-15');
    expect(jalaliDayText('2025-03-20')).toBe('1403-12-30');
    const back = parseTypedDate(jalaliDayText('2025-01-20'));
    expect(back.ok && back.value.iso).toBe('2025-01-20');
  });
});
