// Interface strings in both languages, looked up by key and filled in with parameters.
import en from './locales/en.json';
import fa from './locales/fa.json';
import { formatNumber, type Lang } from './format';

/** Every interface string's key; `fa` must have the same keys (checked by TypeScript and a test). */
export type MessageKey = keyof typeof en;

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { en, fa };

/**
 * The string for `key` in `lang`, with each `{name}` replaced by its parameter; numbers are written
 * in the language's digits. The result is text, to be set with `textContent`, never as HTML.
 *
 * @example
 * t('fa', 'tooltip.meetings', { count: 4, titles: '…' }); // "۴ دیدار: …"
 */
export function t(
  lang: Lang,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return translate(CATALOGS, lang, key, params);
}

/**
 * {@link t} over catalogs of one's own: a feature that loads on demand (the data import) keeps its
 * many strings in its own chunk.
 *
 * @example
 * translate({ en: { hi: 'Hi {name}' }, fa: { hi: 'سلام {name}' } }, 'en', 'hi', { name: 'Ali' });
 */
export function translate<K extends string>(
  catalogs: Readonly<Record<Lang, Readonly<Record<K, string>>>>,
  lang: Lang,
  key: K,
  params: Record<string, string | number> = {},
): string {
  return catalogs[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** Both catalogs, for tests and tools. */
export const catalogs: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = CATALOGS;
