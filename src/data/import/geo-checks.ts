// Coordinate checks of imported points: ranges, swapped latitude and longitude, the country a point is in.
import { greatCircleKm } from '../../geo/geodesic';
import type { CountryInfo, CountryRegistry } from '../countries';
import type { Iso3, LonLat } from '../../dataset';

/** How far outside its country's framing box (degrees) a point may lie before it is reported. */
export const COUNTRY_MARGIN_DEG = 1;

/**
 * What is wrong with a position's range, if anything: `coordinates.swapped` when the latitude is
 * out of range but would do as a longitude and the longitude as a latitude, else
 * `coordinates.out-of-range`. Null when both are in range.
 *
 * @example
 * rangeProblemCode(35.7, 51.4); // null
 * rangeProblemCode(51.4, 135.7); // "coordinates.out-of-range"
 * rangeProblemCode(35.7, 151.4); // "coordinates.swapped"
 */
export function rangeProblemCode(
  lon: number,
  lat: number,
): 'coordinates.out-of-range' | 'coordinates.swapped' | null {
  if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90) return null;
  if (Math.abs(lat) <= 180 && Math.abs(lon) <= 90 && Math.abs(lat) > 90) {
    return 'coordinates.swapped';
  }
  return 'coordinates.out-of-range';
}

/**
 * True when the point lies in the box `[west, south, east, north]`, widened by `margin` degrees.
 * Boxes may run past 180° (Fiji's does): the point is tried on each world copy.
 *
 * @example
 * inBox([177, -21, 182, -12], [-179.5, -16], 0); // true
 */
export function inBox(
  [w, s, e, n]: readonly [number, number, number, number],
  [lon, lat]: readonly [number, number],
  margin = 0,
): boolean {
  if (lat < s - margin || lat > n + margin) return false;
  return [lon, lon - 360, lon + 360].some((x) => x >= w - margin && x <= e + margin);
}

/**
 * Whether a point fits the country it claims: `inside` its framing box (with
 * {@link COUNTRY_MARGIN_DEG}), `swapped` when only the point with latitude and longitude exchanged
 * does, `outside` when neither does, `unknown` for a code the registry lacks.
 *
 * @example
 * countryFit(registry, 'IRN', [51.4, 35.7]); // "inside"
 * countryFit(registry, 'IRN', [35.7, 51.4]); // "swapped"
 */
export function countryFit(
  registry: CountryRegistry,
  code: Iso3,
  [lon, lat]: LonLat,
): 'inside' | 'swapped' | 'outside' | 'unknown' {
  const info = registry.get(code);
  if (!info) return 'unknown';
  if (inBox(info.bbox, [lon, lat], COUNTRY_MARGIN_DEG)) return 'inside';
  if (Math.abs(lon) <= 90 && inBox(info.bbox, [lat, lon], COUNTRY_MARGIN_DEG)) return 'swapped';
  return 'outside';
}

const boxArea = ([w, s, e, n]: CountryInfo['bbox']) => (e - w) * (n - s);

/**
 * Finds the country a point is in, as well as framing boxes can tell: the smallest box that holds
 * it, else the country whose label point is nearest (a point at sea). Meant for schematic waypoints,
 * which need a country but carry none.
 *
 * @example
 * const locate = countryLocator(registry);
 * locate([46.7, 24.7]); // "SAU"
 */
export function countryLocator(registry: CountryRegistry): (point: LonLat) => Iso3 {
  const countries = [...registry.values()]
    .filter((c) => c.bbox[1] > -60) // Antarctica's box is the whole southern ocean
    .sort((a, b) => boxArea(a.bbox) - boxArea(b.bbox));
  return (point) => {
    const holder = countries.find((c) => inBox(c.bbox, point));
    if (holder) return holder.code;
    let best = countries[0]?.code ?? 'IRN';
    let bestKm = Infinity;
    for (const c of countries) {
      const km = greatCircleKm(point, c.label);
      if (km < bestKm) {
        bestKm = km;
        best = c.code;
      }
    }
    return best;
  };
}
