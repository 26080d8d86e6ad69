// Camera framings (pure): the default view and a country's extent, for both map views.
import type { AtlasModel } from './atlas-model';
import type { Iso3 } from '../dataset';

/** `[[west, south], [east, north]]`, as MapLibre's fitBounds takes it. */
export type Bounds = [[number, number], [number, number]];

/**
 * The default framing: every corridor leg and the home place, so both corridors fill the screen.
 * Far trips (Caracas, Havana) are seen by zooming out.
 *
 * @example
 * map.fitBounds(homeBounds(model), { padding: 40 });
 */
export function homeBounds(model: AtlasModel): Bounds {
  const points = [model.home.coordinates, ...model.legs.flatMap((leg) => leg.path)];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    w = Math.min(w, lon);
    s = Math.min(s, lat);
    e = Math.max(e, lon);
    n = Math.max(n, lat);
  }
  return [
    [w, s],
    [e, n],
  ];
}

/**
 * A country's framing from the registry, or null for an unknown code.
 *
 * @example
 * countryBounds(model, 'SAU'); // [[34.5, 16.4], [55.7, 32.2]]
 */
export function countryBounds(model: AtlasModel, code: Iso3): Bounds | null {
  const info = model.registry.get(code);
  if (!info) return null;
  const [w, s, e, n] = info.bbox;
  return [
    [w, s],
    [e, n],
  ];
}
