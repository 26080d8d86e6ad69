// Pure day arithmetic of the timeline: its domain (the dataset's Jalali years), event intervals and
// statuses, stepping and clamping within the domain, month starts, rows.
import { parseIsoDate } from '../i18n/iso-date';
import { utcDay, utcMonth } from 'd3-time';
import type { AtlasEvent } from '../dataset';
import {
  isoDateToJalali,
  jalaliYearInterval,
  periodInterval,
  periodPrecision,
  type IsoInterval,
  type PeriodPrecision,
} from '../i18n/jalali-period';

/**
 * The Jalali year 1403 as Gregorian days, 1 Farvardin to 30 Esfand, both ends inclusive.
 *
 * @example YEAR_1403 // { start: '2024-03-20', end: '2025-03-20' }
 */
export const YEAR_1403: Readonly<IsoInterval> = Object.freeze(jalaliYearInterval(1403));

/**
 * The number of days in 1403 (a leap year: 366). Day indices run from 0 to `YEAR_1403_DAYS - 1`.
 *
 * @example YEAR_1403_DAYS // 366
 */
export const YEAR_1403_DAYS: number = domainDays(YEAR_1403);

/**
 * Playback speeds the timeline offers, in days per second of playback.
 *
 * @example SPEEDS.map((s) => `${s} days/s`) // ['7 days/s', '14 days/s', '30 days/s', '60 days/s']
 */
export const SPEEDS = [7, 14, 30, 60] as const;

/** One of the {@link SPEEDS}. */
export type Speed = (typeof SPEEDS)[number];

/**
 * The playback speed at first: two weeks a second, so the year plays in about 26 seconds.
 *
 * @example 366 / DEFAULT_SPEED // ≈ 26 seconds for the whole year
 */
export const DEFAULT_SPEED: Speed = 14;

/** An event's days at the article's precision, both ends inclusive (Gregorian `YYYY-MM-DD`). */
export interface EventSpan {
  id: string;
  start: string;
  end: string;
  precision: PeriodPrecision;
}

/** Where an event stands at a date: not begun, under way (ends inclusive), or over. */
export type EventStatus = 'future' | 'active' | 'past';

/**
 * The days each event covers, in the events' order: the interval of its Jalali period (a `part`
 * narrows it to a third) and how precisely the article dates it.
 *
 * @throws RangeError when an event's period is malformed (the data parser rejects those first).
 * @example
 * eventSpans([{ id: 'kaz', when: { year: 1403, season: 'summer' } }]);
 * // [{ id: 'kaz', start: '2024-06-21', end: '2024-09-21', precision: 'season' }]
 */
export function eventSpans(events: readonly Pick<AtlasEvent, 'id' | 'when'>[]): EventSpan[] {
  return events.map(({ id, when }) => {
    const { start, end } = periodInterval(when);
    return { id, start, end, precision: periodPrecision(when) };
  });
}

/**
 * The days a timeline of these events spans: every whole Jalali year from the one the earliest event
 * starts in to the one the latest ends in, so that both calendars' axes can be drawn over it (a
 * dataset of 2019–2021 meetings gives 1398–1400, 2019-03-21 – 2022-03-20). Without events, 1403;
 * {@link datasetTimeline} tells a dataset with no meetings apart.
 *
 * @example
 * timelineDomain([{ id: 'a', when: { year: 1398, month: 3 } }, { id: 'b', when: { year: 1400 } }]);
 * // { start: '2019-03-21', end: '2022-03-20' }
 */
export function timelineDomain(events: readonly Pick<AtlasEvent, 'id' | 'when'>[]): IsoInterval {
  const spans = eventSpans(events);
  if (spans.length === 0) return { ...YEAR_1403 };
  const first = spans.reduce((min, s) => (s.start < min ? s.start : min), spans[0]?.start ?? '');
  const last = spans.reduce((max, s) => (s.end > max ? s.end : max), spans[0]?.end ?? '');
  return {
    start: jalaliYearInterval(isoDateToJalali(first).jy).start,
    end: jalaliYearInterval(isoDateToJalali(last).jy).end,
  };
}

/**
 * The timeline of a dataset: the {@link timelineDomain} of its meetings, or null when it has none
 * (a file of cables only), so that the app shows no year the data does not speak of.
 *
 * @example
 * datasetTimeline(model.dataset.events); // { start: '2024-03-20', end: '2025-03-20' } for the default
 * datasetTimeline([]); // null
 */
export function datasetTimeline(
  events: readonly Pick<AtlasEvent, 'id' | 'when'>[],
): IsoInterval | null {
  return events.length === 0 ? null : timelineDomain(events);
}

/**
 * The number of days in a domain, both ends counted: 366 for 1403. Day indices run from 0 to
 * `domainDays(domain) - 1`.
 *
 * @throws RangeError when a date is malformed.
 * @example domainDays({ start: '2019-03-21', end: '2022-03-20' }) // 1096
 */
export function domainDays(domain: Readonly<IsoInterval>): number {
  return utcDay.count(parseIsoDate(domain.start), parseIsoDate(domain.end)) + 1;
}

/**
 * Whether an event is `'future'`, `'active'` or `'past'` on a date. Both ends of the span count as
 * active. Dates are compared as `YYYY-MM-DD` strings, which order like the days they name.
 *
 * @example
 * eventStatusAt({ start: '2024-06-21', end: '2024-09-21' }, '2024-09-21') // 'active'
 * eventStatusAt({ start: '2024-06-21', end: '2024-09-21' }, '2024-09-22') // 'past'
 */
export function eventStatusAt(span: Pick<EventSpan, 'start' | 'end'>, date: string): EventStatus {
  if (date < span.start) return 'future';
  if (date > span.end) return 'past';
  return 'active';
}

/**
 * A date moved into a domain: days before its first day become the first day, days after its last
 * become the last, days within are unchanged.
 *
 * @throws RangeError when the text is not a real date of the form `YYYY-MM-DD`.
 * @example clampToDomain('2025-06-01', YEAR_1403) // '2025-03-20'
 */
export function clampToDomain(date: string, domain: Readonly<IsoInterval>): string {
  parseIsoDate(date);
  if (date < domain.start) return domain.start;
  if (date > domain.end) return domain.end;
  return date;
}

/**
 * A date plus a number of days (negative goes back), counted in UTC days and kept within the domain.
 * A fraction of a day is dropped (toward zero), so playback can pass elapsed time as it is.
 *
 * @throws RangeError when the date is malformed or `days` is not a finite number.
 * @example advance('2025-03-10', 30, YEAR_1403) // '2025-03-20' (the last day of 1403)
 */
export function advance(date: string, days: number, domain: Readonly<IsoInterval>): string {
  if (!Number.isFinite(days)) throw new RangeError(`${String(days)} is not a number of days.`);
  return clampToDomain(isoDay(utcDay.offset(parseIsoDate(date), Math.trunc(days))), domain);
}

/**
 * Whole days from a domain's first day to a date: 0 on the first day, 365 on the last of 1403. Not
 * clamped: a date before the domain gives a negative number. Used as the slider's `aria-valuenow`.
 *
 * @throws RangeError when the text is not a real date of the form `YYYY-MM-DD`.
 * @example dayOfDomain('2025-01-20', YEAR_1403) // 306
 */
export function dayOfDomain(date: string, domain: Readonly<IsoInterval>): number {
  return utcDay.count(parseIsoDate(domain.start), parseIsoDate(date));
}

/**
 * The UTC day an instant falls on, as `YYYY-MM-DD`: the inverse of a time scale gives an instant, and
 * the day it lies in is the date the pointer is on.
 *
 * @example isoDay(new Date(Date.UTC(2025, 0, 20, 23, 59))) // '2025-01-20'
 */
export function isoDay(instant: Date): string {
  return utcDay.floor(instant).toISOString().slice(0, 10);
}

/**
 * The first day of each Jalali month of a year, 1 Farvardin to 1 Esfand, as Gregorian ISO dates:
 * the ticks of the Persian axis.
 *
 * @throws RangeError when the year is outside what jalaali-js handles.
 * @example jalaliMonthStarts(1403)[10] // '2025-01-20' (1 Bahman)
 */
export function jalaliMonthStarts(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => periodInterval({ year, month: i + 1 }).start);
}

/**
 * The first day of each Gregorian month that falls within a range of days, ends inclusive: the
 * ticks of the English axis. Empty when the range ends before it starts.
 *
 * @throws RangeError when a date is malformed.
 * @example gregorianMonthStarts('2024-03-20', '2024-06-01') // ['2024-04-01', '2024-05-01', '2024-06-01']
 */
export function gregorianMonthStarts(start: string, end: string): string[] {
  const from = parseIsoDate(start);
  const stop = utcDay.offset(parseIsoDate(end), 1);
  return utcMonth.range(from, stop).map(isoDay);
}

/**
 * Puts intervals in rows so that no two in a row share a day, using as few rows as possible: the
 * greedy interval colouring, taking intervals by start (longer first on ties) and each into the
 * first row that is free by then. Returns the intervals in their given order, each with its row.
 *
 * @example
 * packRows([
 *   { start: '2024-06-21', end: '2024-09-21' },
 *   { start: '2024-06-21', end: '2024-09-21' },
 *   { start: '2024-09-22', end: '2024-10-21' },
 * ]).map((s) => s.row) // [0, 1, 0]
 */
export function packRows<T extends Pick<EventSpan, 'start' | 'end'>>(
  spans: readonly T[],
): (T & { row: number })[] {
  const order = spans
    .map((span, index) => ({ span, index }))
    .sort(
      (a, b) =>
        compare(a.span.start, b.span.start) || compare(b.span.end, a.span.end) || a.index - b.index,
    );
  const rowEnds: string[] = [];
  const rows = new Array<number>(spans.length);
  for (const { span, index } of order) {
    let row = rowEnds.findIndex((end) => end < span.start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = span.end;
    rows[index] = row;
  }
  return spans.map((span, index) => ({ ...span, row: rows[index] ?? 0 }));
}

function compare(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
