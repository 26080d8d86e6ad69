// The country registry: ISO codes, names in both languages, label points and extents of every country.
import type { Bilingual, Iso3, LonLat } from '../dataset';

/** One country known to the map, from Natural Earth and i18n-iso-countries (prepared at build time). */
export interface CountryInfo {
  code: Iso3;
  name: Bilingual;
  /** Where its name is drawn: inside its largest part. */
  label: LonLat;
  /** `[west, south, east, north]` of its main parts, in degrees. */
  bbox: [number, number, number, number];
}

/** Properties of a country shape on the map. `code` is empty for shapes with no ISO code. */
export interface CountryShapeProperties {
  code: Iso3 | '';
}

/** Countries by ISO alpha-3 code. */
export type CountryRegistry = ReadonlyMap<Iso3, CountryInfo>;

/**
 * Indexes the prepared country list by code.
 *
 * @example
 * const registry = indexCountries(countryList);
 * registry.get('SAU')?.name.fa; // "عربستان سعودی"
 */
export function indexCountries(list: readonly CountryInfo[]): CountryRegistry {
  return new Map(list.map((country) => [country.code, country]));
}
