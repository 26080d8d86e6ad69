// Turns the article's Jalali periods ("early Bahman 1403") into exact Gregorian day intervals.
import { parseIsoDate } from './iso-date';
import { d2g, j2d, jalaaliMonthLength, toJalaali } from 'jalaali-js';
import type { JalaliPeriod, PeriodPart, Season } from '../dataset';

/** How finely a period is known: the finest field present. */
export type PeriodPrecision = 'year' | 'season' | 'month';

/** An interval of whole days as Gregorian ISO dates (`YYYY-MM-DD`), both ends inclusive. */
export interface IsoInterval {
  start: string;
  end: string;
}

/** A day of the Jalali calendar, named as jalaali-js names its fields. */
export interface JalaliDate {
  jy: number;
  jm: number;
  jd: number;
}

const SEASON_FIRST_MONTH: Record<Season, number> = {
  spring: 1,
  summer: 4,
  autumn: 7,
  winter: 10,
};

const SEASONS = Object.keys(SEASON_FIRST_MONTH) as Season[];
const PARTS: readonly PeriodPart[] = ['early', 'mid', 'late'];

// jalaali-js computes leap years only inside this range (its jalCal throws outside it); 1 is the
// first year of the era, since year 0 and negative years mean nothing in this dataset.
const MIN_YEAR = 1;
const MAX_YEAR = 3177;

/**
 * Whether a year reads as Jalali (Solar Hijri): 1300 to 1500. The one rule for a typed date, an
 * imported meeting date and the range a meeting may fall in.
 *
 * @example
 * isJalaliYear(1403); // true
 * isJalaliYear(2024); // false
 */
export function isJalaliYear(year: number): boolean {
  return year >= 1300 && year <= 1500;
}

/**
 * The season a Jalali month belongs to: spring holds months 1–3, summer 4–6, autumn 7–9 and
 * winter 10–12.
 *
 * @example seasonOfMonth(11) // 'winter'
 */
export function seasonOfMonth(month: number): Season {
  assertMonth(month);
  return SEASONS[Math.floor((month - 1) / 3)] as Season;
}

/**
 * Throws a RangeError unless the period is well formed: a year jalaali-js can handle, a month
 * 1..12, a known season and part, and a month that lies in the season when both are given. The data parser
 * reports such mistakes to the author; reaching here with one is a programming error.
 *
 * @example assertValidPeriod({ year: 1403, season: 'summer', month: 11 }) // throws RangeError
 */
export function assertValidPeriod(p: JalaliPeriod): void {
  if (!Number.isInteger(p.year) || p.year < MIN_YEAR || p.year > MAX_YEAR) {
    throw new RangeError(
      `Jalali year ${String(p.year)} is not an integer between ${MIN_YEAR} and ${MAX_YEAR}.`,
    );
  }
  // Data arrives as JSON, so the union types are checked at run time too.
  if (p.season !== undefined && !SEASONS.includes(p.season)) {
    throw new RangeError(`"${String(p.season)}" is not a season (spring, summer, autumn, winter).`);
  }
  if (p.part !== undefined && !PARTS.includes(p.part)) {
    throw new RangeError(`"${String(p.part)}" is not a part of a period (early, mid, late).`);
  }
  if (p.month !== undefined) {
    assertMonth(p.month);
    if (p.season !== undefined && seasonOfMonth(p.month) !== p.season) {
      const actual = seasonOfMonth(p.month);
      throw new RangeError(
        `Jalali month ${p.month} is in ${actual}, not in ${p.season} as the period also says.`,
      );
    }
  }
}

/**
 * How precisely a period is known: `'month'` if it names a month, else `'season'` if it names a
 * season, else `'year'`. A `part` does not change the precision: it narrows within it.
 *
 * @example periodPrecision({ year: 1403, month: 11, part: 'early' }) // 'month'
 */
export function periodPrecision(p: JalaliPeriod): PeriodPrecision {
  if (p.month !== undefined) return 'month';
  if (p.season !== undefined) return 'season';
  return 'year';
}

/**
 * The Gregorian days a Jalali period covers, both ends inclusive. A `part` keeps one third of the
 * period's n days: early = days [0, ⌊n/3⌋), mid = [⌊n/3⌋, ⌊2n/3⌋), late = [⌊2n/3⌋, n), so the three
 * parts tile the period exactly.
 *
 * @throws RangeError when the period is malformed (see {@link assertValidPeriod}).
 * @example periodInterval({ year: 1403, month: 11, part: 'early' })
 * // { start: '2025-01-20', end: '2025-01-29' }
 */
export function periodInterval(p: JalaliPeriod): IsoInterval {
  assertValidPeriod(p);
  let firstMonth = 1;
  let lastMonth = 12;
  if (p.month !== undefined) {
    firstMonth = lastMonth = p.month;
  } else if (p.season !== undefined) {
    firstMonth = SEASON_FIRST_MONTH[p.season];
    lastMonth = firstMonth + 2;
  }
  // Julian day numbers make the day arithmetic of the thirds plain integer arithmetic.
  let first = j2d(p.year, firstMonth, 1);
  const last = j2d(p.year, lastMonth, jalaaliMonthLength(p.year, lastMonth));
  if (p.part === undefined) return { start: dayToIso(first), end: dayToIso(last) };

  const n = last - first + 1;
  const cuts = [0, Math.floor(n / 3), Math.floor((2 * n) / 3), n];
  const index = PARTS.indexOf(p.part);
  const from = cuts[index] ?? 0;
  const to = cuts[index + 1] ?? n;
  first += from;
  return { start: dayToIso(first), end: dayToIso(first + (to - from) - 1) };
}

/**
 * The Gregorian days of a whole Jalali year, from 1 Farvardin to the last day of Esfand, inclusive.
 *
 * @example jalaliYearInterval(1403) // { start: '2024-03-20', end: '2025-03-20' }
 */
export function jalaliYearInterval(year: number): IsoInterval {
  return periodInterval({ year });
}

/**
 * The Jalali date of a Gregorian ISO date.
 *
 * @throws RangeError when the text is not a real date of the form `YYYY-MM-DD`.
 * @example isoDateToJalali('2025-01-20') // { jy: 1403, jm: 11, jd: 1 }
 */
export function isoDateToJalali(iso: string): JalaliDate {
  const date = parseIsoDate(iso);
  const { jy, jm, jd } = toJalaali(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
  );
  return { jy, jm, jd };
}

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Jalali month ${String(month)} is not an integer from 1 to 12.`);
  }
}

function dayToIso(julianDay: number): string {
  const { gy, gm, gd } = d2g(julianDay);
  return `${String(gy).padStart(4, '0')}-${pad2(gm)}-${pad2(gd)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
