// Formats numbers, distances, latencies and dates for the Persian and English interfaces.
import { parseIsoDate } from './iso-date';
import { toGregorian } from 'jalaali-js';
import type { JalaliPeriod, PeriodPart, Season } from '../dataset';
import { assertValidPeriod, isoDateToJalali } from './jalali-period';

/** The interface languages. */
export type Lang = 'fa' | 'en';

const NUMBER_LOCALE: Record<Lang, string> = { fa: 'fa-IR', en: 'en-GB' };

const DEFAULT_NUMBER_FORMAT: Record<Lang, Intl.NumberFormat> = {
  fa: new Intl.NumberFormat(NUMBER_LOCALE.fa),
  en: new Intl.NumberFormat(NUMBER_LOCALE.en),
};

const UNIT: Record<'km' | 'ms', Record<Lang, string>> = {
  km: { fa: 'کیلومتر', en: 'km' },
  // The zero-width non-joiner (U+200C) keeps «میلی» and «ثانیه» apart without a space, as Persian
  // spelling wants.
  ms: { fa: 'میلی\u200cثانیه', en: 'ms' },
};

const SEASON_NAME: Record<Season, Record<Lang, string>> = {
  spring: { fa: 'بهار', en: 'spring' },
  summer: { fa: 'تابستان', en: 'summer' },
  autumn: { fa: 'پاییز', en: 'autumn' },
  winter: { fa: 'زمستان', en: 'winter' },
};

// "Mid" joins what follows with a hyphen in English ("Mid-winter"); the others take a space.
const PART_PREFIX: Record<PeriodPart, Record<Lang, string>> = {
  early: { fa: 'اوایل ', en: 'Early ' },
  mid: { fa: 'اواسط ', en: 'Mid-' },
  late: { fa: 'اواخر ', en: 'Late ' },
};

const JALALI_MONTH_FORMAT: Record<Lang, Intl.DateTimeFormat> = {
  fa: new Intl.DateTimeFormat(NUMBER_LOCALE.fa, {
    calendar: 'persian',
    month: 'long',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat(NUMBER_LOCALE.en, {
    calendar: 'persian',
    month: 'long',
    timeZone: 'UTC',
  }),
};

// Persian Gregorian dates come straight from ICU: it puts the ezafe on month names when the year
// follows («۲۰ ژانویهٔ ۲۰۲۵») but not without it («۲۰ ژانویه»), which hand-made strings would miss.
const FA_GREGORIAN_DAY_MONTH = new Intl.DateTimeFormat('fa-IR-u-ca-gregory', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const FA_GREGORIAN_FULL = new Intl.DateTimeFormat('fa-IR-u-ca-gregory', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
// English month abbreviations come from en-US because en-GB's vary between ICU versions (ICU 72+
// writes "Sept", older ones "Sep"); the day-month-year order is composed here.
const EN_GREGORIAN_MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

const monthNameCache = new Map<string, string>();

/**
 * Formats a number with the language's digits and separators: Persian digits, «٬» for thousands
 * and «٫» for decimals in Persian; ASCII digits, "," and "." in English. `options` go to
 * `Intl.NumberFormat` unchanged.
 *
 * @example formatNumber(2345.5, 'fa') // '۲٬۳۴۵٫۵'
 */
export function formatNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  const format =
    options === undefined
      ? DEFAULT_NUMBER_FORMAT[lang]
      : new Intl.NumberFormat(NUMBER_LOCALE[lang], options);
  return format.format(n);
}

/**
 * A distance rounded to whole kilometres, with its unit.
 *
 * @example formatKm(2345.4, 'en') // '2,345 km'
 */
export function formatKm(km: number, lang: Lang): string {
  // signDisplay 'negative' stops a tiny negative value from printing as "-0".
  const value = formatNumber(km, lang, { maximumFractionDigits: 0, signDisplay: 'negative' });
  return `${value} ${UNIT.km[lang]}`;
}

/**
 * A latency in milliseconds, always with one decimal, with its unit.
 *
 * @example formatMs(11.46, 'fa') // '۱۱٫۵ میلی‌ثانیه'
 */
export function formatMs(ms: number, lang: Lang): string {
  const value = formatNumber(ms, lang, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'negative',
  });
  return `${value} ${UNIT.ms[lang]}`;
}

/**
 * Replaces the ASCII digits of a string with Persian digits (۰–۹), for strings composed around
 * numbers that did not go through {@link formatNumber}.
 *
 * @example toPersianDigits('CAS-1 (2 legs)') // 'CAS-۱ (۲ legs)'
 */
export function toPersianDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}

/**
 * Replaces Persian (۰–۹) and Arabic-Indic (٠–٩) digits with ASCII ones, the Persian decimal
 * separator «٫» with "." and drops the thousands separator «٬», so that numbers typed in Persian
 * read as numbers.
 *
 * @example toLatinDigits('۱۴۰۳-۰۸-۱۵') // '1403-08-15'
 */
export function toLatinDigits(s: string): string {
  return s
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, '');
}

/**
 * The name of a Jalali month as ICU gives it: Persian in `fa` («بهمن»), the usual
 * transliteration in `en` ("Bahman").
 *
 * @throws RangeError when the month is not an integer from 1 to 12.
 * @example jalaliMonthName(11, 'en') // 'Bahman'
 */
export function jalaliMonthName(month: number, lang: Lang): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Jalali month ${String(month)} is not an integer from 1 to 12.`);
  }
  const key = `${lang}:${month}`;
  let name = monthNameCache.get(key);
  if (name === undefined) {
    // ICU names months only by formatting a date, so format the 15th of that month: mid-month, the
    // day lies in the month even if ICU's and jalaali-js's leap rules were to differ by a day.
    const { gy, gm, gd } = toGregorian(1403, month, 15);
    name = JALALI_MONTH_FORMAT[lang].format(new Date(Date.UTC(gy, gm - 1, gd)));
    monthNameCache.set(key, name);
  }
  return name;
}

/**
 * A Jalali period worded as the article words it: «اوایل بهمن ۱۴۰۳» / "Early Bahman 1403 SH".
 * English marks the year "SH" (solar hijri) so it is not read as a Gregorian year.
 *
 * @throws RangeError when the period is malformed.
 * @example formatPeriod({ year: 1403, season: 'winter', part: 'mid' }, 'en') // 'Mid-winter 1403 SH'
 */
export function formatPeriod(p: JalaliPeriod, lang: Lang): string {
  assertValidPeriod(p);
  const year = formatYear(p.year, lang);
  const prefix = p.part === undefined ? '' : PART_PREFIX[p.part][lang];
  let subject: string;
  if (p.month !== undefined) {
    subject = jalaliMonthName(p.month, lang);
  } else if (p.season !== undefined) {
    const season = SEASON_NAME[p.season][lang];
    subject = lang === 'en' && prefix === '' ? capitalise(season) : season;
  } else if (prefix === '') {
    return year;
  } else {
    // A bare «اوایل ۱۴۰۳» reads oddly in Persian; «اوایل سال ۱۴۰۳» ("early in the year") is usual.
    return lang === 'fa' ? `${prefix}سال ${year}` : `${prefix}${year}`;
  }
  return `${prefix}${subject} ${year}`;
}

/**
 * An inclusive range of Gregorian ISO dates in compact form, naming the month and year only where
 * they change: "20–29 Jan 2025", "21 Jun – 21 Sep 2024", "21 Dec 2024 – 20 Mar 2025". Persian uses
 * Persian digits and Persian names of the Gregorian months. A one-day range gives that one date.
 *
 * @throws RangeError when a date is malformed or the range ends before it starts.
 * @example formatGregorianInterval('2024-06-21', '2024-09-21', 'fa') // '۲۱ ژوئن – ۲۱ سپتامبر ۲۰۲۴'
 */
export function formatGregorianInterval(start: string, end: string, lang: Lang): string {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  if (from > to) throw new RangeError(`The range ${start} – ${end} ends before it starts.`);
  const toText = gregorianDayMonthYear(to, lang);
  if (from.getTime() === to.getTime()) return toText;
  if (from.getUTCFullYear() !== to.getUTCFullYear()) {
    return `${gregorianDayMonthYear(from, lang)} – ${toText}`;
  }
  if (from.getUTCMonth() !== to.getUTCMonth()) {
    return `${gregorianDayMonth(from, lang)} – ${toText}`;
  }
  // Same month: the en dash joins the two days without spaces, as in "20–29 Jan 2025".
  return `${formatNumber(from.getUTCDate(), lang)}–${toText}`;
}

/**
 * One Gregorian ISO date as a day of the Jalali calendar: «۱ بهمن ۱۴۰۳» / "1 Bahman 1403 SH".
 *
 * @throws RangeError when the date is malformed.
 * @example formatJalaliDate('2025-01-20', 'en') // '1 Bahman 1403 SH'
 */
export function formatJalaliDate(iso: string, lang: Lang): string {
  const { jy, jm, jd } = isoDateToJalali(iso);
  return `${formatNumber(jd, lang)} ${jalaliMonthName(jm, lang)} ${formatYear(jy, lang)}`;
}

// Years are labels, not quantities: no thousands separator («۱۴۰۳», not «۱٬۴۰۳»).
function formatYear(year: number, lang: Lang): string {
  const digits = formatNumber(year, lang, { useGrouping: false });
  return lang === 'en' ? `${digits} SH` : digits;
}

function gregorianDayMonth(date: Date, lang: Lang): string {
  if (lang === 'fa') return FA_GREGORIAN_DAY_MONTH.format(date);
  return `${date.getUTCDate()} ${EN_GREGORIAN_MONTH.format(date)}`;
}

function gregorianDayMonthYear(date: Date, lang: Lang): string {
  if (lang === 'fa') return FA_GREGORIAN_FULL.format(date);
  return `${gregorianDayMonth(date, lang)} ${date.getUTCFullYear()}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
