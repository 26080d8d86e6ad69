// The timeline axis's ticks and labels over any domain: Jalali months in Persian, Gregorian in English.
import type { IsoInterval } from '../i18n/jalali-period';
import { isoDateToJalali } from '../i18n/jalali-period';
import { parseIsoDate } from '../i18n/iso-date';
import { jalaliMonthName, toPersianDigits, type Lang } from '../i18n/format';
import { gregorianMonthStarts, jalaliMonthStarts } from './time-scale';

/**
 * The Jalali years of a timeline domain as its labels name them: "1403", or "1398–1400" over
 * several, in Persian digits in Persian.
 *
 * @example jalaliYearsText({ start: '2019-03-21', end: '2022-03-20' }, 'fa') // '۱۳۹۸–۱۴۰۰'
 */
export function jalaliYearsText(domain: Readonly<IsoInterval>, lang: Lang): string {
  const first = isoDateToJalali(domain.start).jy;
  const last = isoDateToJalali(domain.end).jy;
  return yearText(first === last ? String(first) : `${first}–${last}`, lang);
}

/**
 * A year as the interface writes it: Persian digits in Persian, no thousands separator.
 *
 * @example yearText(1403, 'fa') // '۱۴۰۳'
 */
export function yearText(year: number | string, lang: Lang): string {
  return lang === 'fa' ? toPersianDigits(String(year)) : String(year);
}

/** One tick of the axis: its day (`YYYY-MM-DD`) and its label, empty for a tick drawn unnamed. */
export interface AxisTick {
  date: string;
  label: string;
}

/**
 * The plot width twelve labels need, in px (a year of named months): below it, fewer are named.
 *
 * @example YEAR_LABELS_PX.en / 12 // ≈ 47 px a label
 */
export const YEAR_LABELS_PX: Readonly<Record<Lang, number>> = { en: 560, fa: 720 };

/** Months between named ticks, finest first: every month, season, half-year, year, 2, 5, 10… years. */
const LABEL_STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200] as const;

const EN_MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

interface MonthStart {
  date: string;
  /** Months since year 0 of its calendar: `index % 3 === 0` falls on a season or a quarter. */
  index: number;
  month: number;
  year: number;
}

/** The first day of every month of the language's calendar that falls within the domain. */
function monthStarts(domain: Readonly<IsoInterval>, lang: Lang): MonthStart[] {
  if (lang === 'en') {
    return gregorianMonthStarts(domain.start, domain.end).map((date) => {
      const day = parseIsoDate(date);
      const year = day.getUTCFullYear();
      const month = day.getUTCMonth() + 1;
      return { date, index: year * 12 + month - 1, month, year };
    });
  }
  const first = isoDateToJalali(domain.start).jy;
  const last = isoDateToJalali(domain.end).jy;
  const starts: MonthStart[] = [];
  for (let year = first; year <= last; year += 1) {
    jalaliMonthStarts(year).forEach((date, i) => {
      if (date >= domain.start && date <= domain.end) {
        starts.push({ date, index: year * 12 + i, month: i + 1, year });
      }
    });
  }
  return starts;
}

/**
 * The axis of a timeline domain `plotWidth` px wide: a tick at each month start of the language's
 * calendar (each season's, or each year's, on a domain of many years), and a label on every `step`
 * months, the finest step whose labels fit (about 47 px a label in English, 60 in Persian). Labels
 * fall on the calendar's own seasons and years (Farvardin, Tir, Mehr, Dey; January, April…). English
 * names the year at January; Persian names it at Farvardin when the domain spans more than one
 * Jalali year (1403 alone needs none); from a step of a year, a label is the year only. For the
 * year 1403 this gives the axis the timeline always had.
 *
 * @example
 * axisTicks(YEAR_1403, 'fa', 800).map((t) => t.label).slice(0, 2); // ['فروردین', 'اردیبهشت']
 * axisTicks(YEAR_1403, 'en', 300).map((t) => t.label).slice(0, 4); // ['Apr', '', '', 'Jul']
 * axisTicks({ start: '2019-03-21', end: '2022-03-20' }, 'en', 600).filter((t) => t.label).length; // 12
 */
export function axisTicks(
  domain: Readonly<IsoInterval>,
  lang: Lang,
  plotWidth: number,
): AxisTick[] {
  const months = monthStarts(domain, lang);
  // Tick lines stay a few px apart: every month up to four years, every season up to twelve.
  const tickStep = months.length <= 48 ? 1 : months.length <= 144 ? 3 : 12;
  const steps = LABEL_STEPS.filter((s) => s >= tickStep && s % tickStep === 0);
  const fits = (step: number) => (months.length * YEAR_LABELS_PX[lang]) / (12 * step) <= plotWidth;
  const step = steps.find(fits) ?? steps.at(-1) ?? 12;
  const manyYears = lang === 'fa' && months.some((m) => m.year !== months[0]?.year);
  const label = ({ date, month, year }: MonthStart): string => {
    if (lang === 'en') {
      if (step >= 12) return String(year);
      const name = EN_MONTH.format(parseIsoDate(date));
      return month === 1 ? `${name} ${year}` : name;
    }
    const jalaliYear = yearText(year, 'fa');
    if (step >= 12) return jalaliYear;
    const name = jalaliMonthName(month, 'fa');
    return manyYears && month === 1 ? `${name} ${jalaliYear}` : name;
  };
  return months
    .filter((m) => m.index % tickStep === 0)
    .map((m) => ({ date: m.date, label: m.index % step === 0 ? label(m) : '' }));
}
