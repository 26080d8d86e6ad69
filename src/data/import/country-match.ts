// Finds a country from what people type in a spreadsheet: an ISO code, or a name in English or Persian.
import codes from 'i18n-iso-countries/codes.json';
import en from 'i18n-iso-countries/langs/en.json';
import fa from 'i18n-iso-countries/langs/fa.json';
import type { Iso3 } from '../../dataset';
import type { CountryRegistry } from '../countries';
import { nameKey } from './text-key';

/** A country's names by ISO alpha-2 code, as i18n-iso-countries' locale files give them. */
type NameTable = Record<string, string | string[]>;

/** Every key that names a country, with the country's alpha-3 code; built once per registry. */
const indexes = new WeakMap<CountryRegistry, Map<string, Iso3>>();

function buildIndex(registry: CountryRegistry): Map<string, Iso3> {
  const index = new Map<string, Iso3>();
  const add = (name: string, code: Iso3) => {
    const key = nameKey(name);
    if (key !== '' && !index.has(key)) index.set(key, code);
  };
  // The map's own names first ("Iran", «ایران»), then every name and alias the library knows.
  for (const info of registry.values()) {
    add(info.code, info.code);
    add(info.name.en, info.code);
    add(info.name.fa, info.code);
  }
  const tables: NameTable[] = [en.countries, fa.countries];
  for (const [alpha2, alpha3] of codes as [string, string, ...string[]][]) {
    add(alpha3, alpha3);
    add(alpha2, alpha3);
    for (const table of tables) {
      const names = table[alpha2];
      for (const name of Array.isArray(names) ? names : names === undefined ? [] : [names]) {
        add(name, alpha3);
      }
    }
  }
  return index;
}

/**
 * The ISO alpha-3 code of the country a text names: an alpha-3 or alpha-2 code (`SAU`, `sa`), or a
 * name or alias in English or Persian (`Saudi Arabia`, `UAE`, «عربستان سعودی»), matched
 * with the names of i18n-iso-countries and of the map. Undefined when nothing matches or the map
 * does not know the country.
 *
 * @example
 * matchCountry('عربستان سعودی', registry); // "SAU"
 * matchCountry('United Kingdom', registry); // "GBR"
 * matchCountry('Narnia', registry); // undefined
 */
export function matchCountry(text: string, registry: CountryRegistry): Iso3 | undefined {
  let index = indexes.get(registry);
  if (!index) {
    index = buildIndex(registry);
    indexes.set(registry, index);
  }
  const code = index.get(nameKey(text));
  return code !== undefined && registry.has(code) ? code : undefined;
}
