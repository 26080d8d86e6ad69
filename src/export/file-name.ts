// File names of exports: corridor-atlas-<lang>-<yyyy-mm-dd>[-<variant>].<ext>, and of exported data.
import type { Lang } from '../i18n/format';

/** The local calendar day of `date` as YYYY-MM-DD (Gregorian, Latin digits: names sort by date). */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The download's file name, dated by the local calendar day of `date` (Gregorian, Latin digits, so
 * files sort by date in any language). `variant` tells sizes apart (`2x`, `print`); none for the
 * plain export.
 *
 * @example
 * exportFileName('fa', new Date(2025, 0, 20), 'png', 'print'); // 'corridor-atlas-fa-2025-01-20-print.png'
 */
export function exportFileName(
  lang: Lang,
  date: Date,
  extension: string,
  variant?: string,
): string {
  return `corridor-atlas-${lang}-${localDay(date)}${variant ? `-${variant}` : ''}.${extension}`;
}

/**
 * The file name of an "Export data" download, dated like the map exports.
 *
 * @example
 * dataFileName(new Date(2025, 0, 20)); // 'corridor-atlas-data-2025-01-20.json'
 */
export function dataFileName(date: Date): string {
  return `corridor-atlas-data-${localDay(date)}.json`;
}

/**
 * The file name of a "Download as one offline file" download: the app with an edited story.
 *
 * @example
 * offlineFileName(new Date(2025, 0, 20)); // 'corridor-atlas-story-2025-01-20.html'
 */
export function offlineFileName(date: Date): string {
  return `corridor-atlas-story-${localDay(date)}.html`;
}
