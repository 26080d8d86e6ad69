// A spreadsheet's date cell in the one form the import reads (see parseMeetingDate): digits, separators, month and season names.
import { toLatinDigits } from '../../i18n/format';
import { nameKey } from './text-key';

/** Jalali month names as people write them, in Persian and in the usual transliterations. */
const MONTHS: readonly (readonly string[])[] = [
  ['فروردین', 'farvardin', 'farvardin'],
  ['اردیبهشت', 'ordibehesht', 'ordibehesht'],
  ['خرداد', 'khordad', 'khordaad'],
  ['تیر', 'tir', 'tir'],
  ['مرداد', 'امرداد', 'mordad', 'amordad'],
  ['شهریور', 'shahrivar', 'shahrivar'],
  ['مهر', 'mehr', 'mehr'],
  ['آبان', 'aban', 'aban'],
  ['آذر', 'azar', 'azar'],
  ['دی', 'dey', 'dei'],
  ['بهمن', 'bahman', 'bahman'],
  ['اسفند', 'esfand', 'esfand'],
];

/** Season names in Persian and English, by the season the import reads. */
const SEASONS: Readonly<Record<string, readonly string[]>> = {
  spring: ['بهار', 'spring'],
  summer: ['تابستان', 'summer'],
  autumn: ['پاییز', 'autumn', 'fall'],
  winter: ['زمستان', 'winter'],
};

const MONTH_OF = new Map<string, number>(
  MONTHS.flatMap((names, i) => names.map((name) => [nameKey(name), i + 1] as const)),
);
const SEASON_OF = new Map<string, string>(
  Object.entries(SEASONS).flatMap(([season, names]) =>
    names.map((name) => [nameKey(name), season] as const),
  ),
);

/** A day, month or year with any of the usual separators: `1403/08/15`, `2025.01.24`. */
const NUMERIC = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;
/** A name and a year in either order, optionally with «ماه» or «سال»: «آبان ۱۴۰۳», "1403 Aban". */
const NAMED = /^(?:([^\d]+?)\s*(\d{4})|(\d{4})\s*([^\d]+?))$/;

const pad = (n: string) => n.padStart(2, '0');

/**
 * The text of a date cell in the form `parseMeetingDate` reads, or the cell as it is (with Latin
 * digits) when it is in no form known here, for that function to refuse. Reads Persian digits,
 * `/` and `.` as separators, a time after the day (`2025-01-24 10:00`), a Jalali month by name
 * with its year («آبان ۱۴۰۳», "Aban 1403") and a season of a Jalali year («پاییز ۱۴۰۳», "autumn 1403").
 *
 * @example
 * sheetDate('۱۴۰۳/۰۸/۱۵'); // "1403-08-15"
 * sheetDate('آبان ۱۴۰۳'); // "1403-08"
 * sheetDate('Autumn 1403'); // "1403-autumn"
 * sheetDate('2025-01-24 10:00'); // "2025-01-24"
 */
export function sheetDate(cell: string): string {
  const text = toLatinDigits(cell).trim().replace(/\s+/g, ' ');
  const dayTime =
    /^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (dayTime) return dayTime[1] as string;
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, year, month, day] = numeric as unknown as [string, string, string?, string?];
    return [year, ...(month === undefined ? [] : [pad(month)]), ...(day ? [pad(day)] : [])].join(
      '-',
    );
  }
  const named = NAMED.exec(text);
  if (named) {
    const name = nameKey((named[1] ?? named[4] ?? '').replace(/(?:^|\s)(ماه|سال)(?=\s|$)/g, ' '));
    const year = named[2] ?? named[3] ?? '';
    const month = MONTH_OF.get(name);
    if (month !== undefined) return `${year}-${pad(String(month))}`;
    const season = SEASON_OF.get(name);
    if (season !== undefined) return `${year}-${season}`;
  }
  return text;
}
