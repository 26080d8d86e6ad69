// The one reader of Gregorian ISO dates (`YYYY-MM-DD`), for data, URL parameters and host messages.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a Gregorian ISO date (`YYYY-MM-DD`) as midnight UTC, so that the day never shifts with the
 * machine's time zone.
 *
 * @throws RangeError when the text is not a real date in that exact form.
 * @example parseIsoDate('2025-01-20').toISOString() // '2025-01-20T00:00:00.000Z'
 */
export function parseIsoDate(iso: string): Date {
  const match = ISO_DATE.exec(iso);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    // Date.UTC rolls 2024-02-30 over into March; a round trip catches such days.
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return date;
    }
  }
  throw new RangeError(`"${iso}" is not a Gregorian date of the form YYYY-MM-DD.`);
}

/**
 * The ISO date a text names, or null when it is not a real Gregorian day written `YYYY-MM-DD`
 * (two-digit month and day, no time). For input from outside (the `?t=` URL parameter, a host's
 * `setTime`); it never throws and does not clamp.
 *
 * @example
 * maybeIsoDate('2024-02-29') // '2024-02-29'
 * maybeIsoDate('2024-02-30') // null
 */
export function maybeIsoDate(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  try {
    parseIsoDate(s);
    return s;
  } catch {
    return null;
  }
}
