// The data import's own strings (problems, where, what, how to fix), in a chunk of their own.
import type { Lang } from '../../i18n/format';
import { translate } from '../../i18n/messages';
import en from '../../i18n/locales/import.en.json';
import fa from '../../i18n/locales/import.fa.json';

/** Every import string's key; `fa` must have the same keys (checked by TypeScript and a test). */
export type ImportMessageKey = keyof typeof en;

/** Both catalogs of the import's strings. */
export const IMPORT_CATALOGS: Readonly<Record<Lang, Readonly<Record<ImportMessageKey, string>>>> = {
  en,
  fa,
};

/**
 * An import string in `lang`, with its `{name}` parameters filled in (numbers in the language's digits).
 *
 * @example
 * ti('en', 'import.severity.error'); // "Error"
 */
export function ti(
  lang: Lang,
  key: ImportMessageKey,
  params: Record<string, string | number> = {},
): string {
  return translate(IMPORT_CATALOGS, lang, key, params);
}
