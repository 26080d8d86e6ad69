// Country codes and names from i18n-iso-countries, choosing the names people use on maps.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fa from 'i18n-iso-countries/langs/fa.json' with { type: 'json' };
import type { CountryNames } from './prepare-countries.ts';

countries.registerLocale(en);
countries.registerLocale(fa);

const isAbbreviation = (name: string) => name === name.toUpperCase();

/**
 * The short English name a map shows: the library's alias ("Iran", "China") unless it is an
 * abbreviation ("UK"), has a comma ("Korea, Republic of") or is shared ("Congo"); then the first
 * full name without a comma ("South Korea", "Republic of the Congo"); at worst the part before
 * the comma ("Moldova").
 *
 * @example
 * mapName('KOR', 'en'); // "South Korea"
 */
export function mapName(code: string, lang: 'fa' | 'en'): string | undefined {
  if (lang === 'fa') return countries.getName(code, 'fa', { select: 'official' });
  const alias = countries.getName(code, 'en', { select: 'alias' });
  const all = countries.getName(code, 'en', { select: 'all' }) ?? [];
  const shared = (name: string) =>
    Object.keys(countries.getAlpha3Codes()).some(
      (other) => other !== code && countries.getName(other, 'en', { select: 'alias' }) === name,
    );
  const good = (name: string) => !name.includes(',') && !isAbbreviation(name) && !shared(name);
  if (alias && good(alias)) return alias;
  return all.find(good) ?? alias?.split(',')[0];
}

/** The adapter {@link prepareCountries} takes. */
export const countryNames: CountryNames = {
  numericToAlpha3: (numeric) => countries.numericToAlpha3(numeric),
  name: mapName,
};
