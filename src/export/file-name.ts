// File names of exports: corridor-atlas-<lang>-<yyyy-mm-dd>[-<variant>].<ext>.
import type { Lang } from '../i18n/format';

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
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `corridor-atlas-${lang}-${day}${variant ? `-${variant}` : ''}.${extension}`;
}
