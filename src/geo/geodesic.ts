// Great-circle geometry: densified geodesic paths, continuous across the antimeridian, and their lengths.
import { greatCircle } from '@turf/great-circle';
import { distance } from '@turf/distance';
import type { LonLat } from '../dataset';

/** Longest straight step, in km, between two vertices of a drawn geodesic path. */
export const DEFAULT_MAX_STEP_KM = 50;

/**
 * Great-circle distance between two points, in kilometres.
 *
 * @example
 * greatCircleKm([51.389, 35.689], [46.675, 24.713]); // Tehran–Riyadh ≈ 1,300 km
 */
export function greatCircleKm(a: LonLat, b: LonLat): number {
  return distance(a, b, { units: 'kilometers' });
}

/**
 * Makes longitudes continuous: each vertex is shifted by a multiple of 360° so that no step jumps
 * more than 180°. A path across the antimeridian then runs past ±180° (e.g. 179 → 181) instead of
 * being drawn back across the whole world; the map draws it on the neighbouring world copy.
 *
 * @example
 * unwrapLongitudes([[170, 0], [-175, 0]]); // [[170, 0], [185, 0]]
 */
export function unwrapLongitudes(coordinates: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (const [lon, lat] of coordinates) {
    const previous = out[out.length - 1];
    if (!previous) {
      out.push([lon, lat]);
      continue;
    }
    const turns = Math.round((previous[0] - lon) / 360);
    out.push([lon + turns * 360, lat]);
  }
  return out;
}

/**
 * The great-circle path from `from` to `to`, densified so that no step is longer than `maxStepKm`,
 * with continuous longitudes (see {@link unwrapLongitudes}). Its first and last vertices are the
 * given points, exactly.
 *
 * @example
 * geodesicPath([51.389, 35.689], [-66.9, 10.5]).length; // > 200 vertices for ~12,000 km
 */
export function geodesicPath(from: LonLat, to: LonLat, maxStepKm = DEFAULT_MAX_STEP_KM): LonLat[] {
  const km = greatCircleKm(from, to);
  const npoints = Math.max(2, Math.ceil(km / maxStepKm) + 1);
  if (km < 1e-6) return [from, to];
  const { geometry } = greatCircle(from, to, { npoints, offset: 10 });
  // turf splits a path that crosses the antimeridian into parts; join them back into one line.
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const joined = parts.flat().map(([lon, lat]) => [lon, lat] as LonLat);
  const path = unwrapLongitudes(joined);
  // Pin the ends to the exact input (turf rounds them), keeping the start's world copy.
  path[0] = [from[0], from[1]];
  const last = path[path.length - 1] as LonLat;
  path[path.length - 1] = [to[0] + Math.round((last[0] - to[0]) / 360) * 360, to[1]];
  return path;
}

/**
 * Cumulative great-circle distance, in km, at each vertex of a path, starting from `startKm`.
 *
 * @example
 * cumulativeKm([[0, 0], [1, 0], [2, 0]]); // [0, 111.2, 222.4]
 */
export function cumulativeKm(path: readonly LonLat[], startKm = 0): number[] {
  const out: number[] = [];
  let total = startKm;
  path.forEach((point, i) => {
    const previous = path[i - 1];
    if (previous) total += greatCircleKm(previous, point);
    out.push(total);
  });
  return out;
}

/**
 * Length of a path along the great circles between its vertices, in km.
 *
 * @example
 * pathLengthKm([[0, 0], [1, 0]]); // ≈ 111.2
 */
export function pathLengthKm(path: readonly LonLat[]): number {
  const km = cumulativeKm(path);
  return km[km.length - 1] ?? 0;
}
