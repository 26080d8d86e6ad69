// Reads a day as a person types it, in the Jalali or the Gregorian calendar, with Persian or Latin digits.
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { toLatinDigits } from './format';
import { maybeIsoDate } from './iso-date';
import { isJalaliYear, isoDateToJalali } from './jalali-period';

/** The calendar a typed day was written in. */
export type Calendar = 'jalali' | 'gregorian';

/**
 * A typed day: its Gregorian ISO date and the calendar it was written in; or why it is not a day
 * (`form`: not year, month and day; `day`: no such day in that calendar, as 1403-12-31).
 */
export type TypedDate =
  { ok: true; value: { iso: string; calendar: Calendar } } | { ok: false; reason: 'form' | 'day' };

/** Year, month and day with `-`, `/` or `.` between (one or two digits for month and day). */
const DAY_FORM = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Reads a day typed into a date field. A year from 1300 to 1500 is Jalali, any other Gregorian;
 * Persian (۰–۹) and Arabic-Indic digits read as digits; `-`, `/` or `.` separate year, month and day.
 *
 * @example
 * parseTypedDate('۱۴۰۳/۰۸/۱۵'); // { ok: true, value: { iso: '2024-11-05', calendar: 'jalali' } }
 * parseTypedDate('2024-11-05'); // { ok: true, value: { iso: '2024-11-05', calendar: 'gregorian' } }
 * parseTypedDate('1403-12-31'); // { ok: false, reason: 'day' } (1403 is not a leap year)
 */
export function parseTypedDate(text: string): TypedDate {
  const match = DAY_FORM.exec(toLatinDigits(text.trim()));
  if (!match) return { ok: false, reason: 'form' };
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  if (isJalaliYear(y)) {
    if (!isValidJalaaliDate(y, m, d)) return { ok: false, reason: 'day' };
    const { gy, gm, gd } = toGregorian(y, m, d);
    return { ok: true, value: { iso: `${pad(gy, 4)}-${pad(gm)}-${pad(gd)}`, calendar: 'jalali' } };
  }
  const iso = maybeIsoDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
  return iso ? { ok: true, value: { iso, calendar: 'gregorian' } } : { ok: false, reason: 'day' };
}

/**
 * A Gregorian ISO date written as a Jalali day, `YYYY-MM-DD` with Latin digits (for a field to
 * show; write it in Persian digits with `toPersianDigits`).
 *
 * @throws RangeError when the date is malformed.
 * @example
 * jalaliDayText('2024-11-05'); // '1403-08-15'
 */
export function jalaliDayText(iso: string): string {
  const { jy, jm, jd } = isoDateToJalali(iso);
  return `${pad(jy, 4)}-${pad(jm)}-${pad(jd)}`;
}
