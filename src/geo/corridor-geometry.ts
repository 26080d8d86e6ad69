// Corridor geometry: each leg as a geodesic path timed by distance from the corridor's origin.
import type { Bilingual, Corridor, LonLat, Place } from '../dataset';
import { geodesicPath, greatCircleKm } from './geodesic';
import { fibreLatencyMs } from './latency';

/** One drawn leg of a corridor. `timestamps[i]` is the distance in km from the origin to `path[i]`. */
export interface LegGeometry {
  corridorId: string;
  legId: string;
  name: Bilingual;
  path: LonLat[];
  timestamps: number[];
  lengthKm: number;
}

/** The way from a corridor's origin to the end of one of its legs, with its length and latency. */
export interface CorridorRoute {
  corridorId: string;
  legId: string;
  from: Place;
  to: Place;
  lengthKm: number;
  latencyMs: number;
}

/** A corridor's drawable geometry and measures. */
export interface CorridorGeometry {
  id: string;
  legs: LegGeometry[];
  routes: CorridorRoute[];
  /** Sum of all legs' lengths: the length of cable the schematic drawing implies. */
  totalKm: number;
  /** The longest route: the distance the flow animation covers. */
  reachKm: number;
}

/**
 * Builds a corridor's legs as great-circle paths and its routes from the origin to every leg's end.
 * A branch leg starts at the distance its first waypoint has on an earlier leg, so the animated flow
 * runs on from the origin without a jump; the first leg of a further part starts at 0 km. Throws if a waypoint is unknown or a branch does not start
 * on an earlier leg: the dataset parser rules both out before this is called.
 *
 * @example
 * buildCorridorGeometry(corridor, placesById).routes.map((r) => r.lengthKm);
 */
export function buildCorridorGeometry(
  corridor: Corridor,
  placesById: ReadonlyMap<string, Place>,
): CorridorGeometry {
  const placeOf = (id: string): Place => {
    const place = placesById.get(id);
    if (!place) throw new Error(`Corridor ${corridor.id}: unknown waypoint "${id}"`);
    return place;
  };
  const firstId = corridor.legs[0]?.waypoints[0];
  if (firstId === undefined) throw new Error(`Corridor ${corridor.id} has no waypoints`);
  const origin = placeOf(firstId);
  const kmAtWaypoint = new Map<string, number>([[origin.id, 0]]);
  const legs: LegGeometry[] = [];
  const routes: CorridorRoute[] = [];

  const parts = new Set<number>([0]);
  for (const leg of corridor.legs) {
    const [startId, ...rest] = leg.waypoints;
    // The first leg of a further part (CorridorLeg.part) starts a route of its own, at 0 km.
    const newPart = !parts.has(leg.part ?? 0);
    parts.add(leg.part ?? 0);
    const startKm =
      startId === undefined ? undefined : (kmAtWaypoint.get(startId) ?? (newPart ? 0 : undefined));
    if (startId === undefined || startKm === undefined) {
      throw new Error(`Corridor ${corridor.id}, leg ${leg.id}: must start on an earlier leg`);
    }
    let previous = placeOf(startId);
    const path: LonLat[] = [previous.coordinates];
    const timestamps: number[] = [startKm];
    for (const id of rest) {
      const next = placeOf(id);
      // Each step continues on the world copy where the previous one ended.
      const shift = (path[path.length - 1] as LonLat)[0] - previous.coordinates[0];
      for (const [lon, lat] of geodesicPath(previous.coordinates, next.coordinates).slice(1)) {
        const point: LonLat = [lon + shift, lat];
        const km =
          (timestamps[timestamps.length - 1] as number) +
          greatCircleKm(path[path.length - 1] as LonLat, point);
        path.push(point);
        timestamps.push(km);
      }
      kmAtWaypoint.set(id, timestamps[timestamps.length - 1] as number);
      previous = next;
    }
    const endKm = timestamps[timestamps.length - 1] as number;
    legs.push({
      corridorId: corridor.id,
      legId: leg.id,
      name: leg.name,
      path,
      timestamps,
      lengthKm: endKm - startKm,
    });
    routes.push({
      corridorId: corridor.id,
      legId: leg.id,
      from: origin,
      to: previous,
      lengthKm: endKm,
      latencyMs: fibreLatencyMs(endKm),
    });
  }

  return {
    id: corridor.id,
    legs,
    routes,
    totalKm: legs.reduce((sum, leg) => sum + leg.lengthKm, 0),
    reachKm: Math.max(0, ...routes.map((route) => route.lengthKm)),
  };
}
