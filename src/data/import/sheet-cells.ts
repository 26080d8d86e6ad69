// Reading one spreadsheet cell: degrees, a position (`lon, lat` or WKT POINT), a kind, a list of topics.
import type { EventKind, LonLat } from '../../dataset';
import { toLatinDigits } from '../../i18n/format';
import { nameKey } from './text-key';

/**
 * Degrees from a cell: decimal, with Persian digits, «٫» or a decimal comma (`35,689`).
 * Undefined when the cell is not one number.
 *
 * @example
 * degreesOf('۳۵٫۶۸۹'); // 35.689
 * degreesOf('51,389'); // 51.389
 * degreesOf('35°41′N'); // undefined
 */
export function degreesOf(cell: string): number | undefined {
  const text = toLatinDigits(cell)
    .trim()
    .replace(/^\+/, '')
    .replace(/\u2212/g, '-');
  const decimal = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  if (!/^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(decimal)) return undefined;
  const n = Number(decimal);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A position from one cell: WKT `POINT(lon lat)` (any case, an `SRID=4326;` before it), or two
 * numbers `lon, lat` (GeoJSON's order, as in `[51.389, 35.689]`, or separated by a space or «،»).
 * Undefined when the cell is neither.
 *
 * @example
 * positionOf('POINT (51.389 35.689)'); // [51.389, 35.689]
 * positionOf('51.389, 35.689'); // [51.389, 35.689]
 */
export function positionOf(cell: string): LonLat | undefined {
  const text = toLatinDigits(cell).trim();
  const wkt = /^(?:srid=\d+;)?\s*point\s*z?\s*\(\s*(\S+)\s+(\S+)(?:\s+\S+)?\s*\)$/i.exec(text);
  const pair = wkt ?? /^\[?\s*([^\s,،\]]+)\s*[,،\s]\s*([^\s,،\]]+)\s*\]?$/.exec(text);
  if (!pair) return undefined;
  const lon = degreesOf(pair[1] as string);
  const lat = degreesOf(pair[2] as string);
  return lon === undefined || lat === undefined ? undefined : [lon, lat];
}

const KINDS = new Map<string, EventKind>([
  ['trip', 'trip'],
  ['visit', 'trip'],
  ['سفر', 'trip'],
  ['embassy', 'embassy'],
  ['ambassador', 'embassy'],
  ['سفارت', 'embassy'],
  ['سفیر', 'embassy'],
]);

/**
 * A meeting's kind from a cell in English or Persian (trip, visit, «سفر»; embassy, ambassador,
 * «سفیر»); the cell as it is otherwise, for the GeoJSON rules to report.
 *
 * @example
 * kindOf('سفر'); // "trip"
 */
export function kindOf(cell: string): string {
  return KINDS.get(nameKey(cell)) ?? cell.trim();
}

/**
 * Topics from a cell: split at `;`, `|` or «؛», empty ones left out.
 *
 * @example
 * topicsOf('AI; cables | data'); // ['AI', 'cables', 'data']
 */
export function topicsOf(cell: string): string[] {
  return cell
    .split(/[;|؛]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}
