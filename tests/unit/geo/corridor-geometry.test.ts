// Unit tests of corridor geometry: legs as timed geodesic paths, branches, routes, lengths and latency.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Corridor, Dataset, LonLat, Place } from '../../../src/dataset';
import { buildCorridorGeometry, type CorridorGeometry } from '../../../src/geo/corridor-geometry';
import { greatCircleKm } from '../../../src/geo/geodesic';

/** A fresh copy of the default dataset for each test. */
function loadDataset(): Dataset {
  const url = new URL('../../../data/atlas.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Dataset;
}

function placesOf(dataset: Dataset): Map<string, Place> {
  return new Map(dataset.places.map((place) => [place.id, place]));
}

/** The geometry of one corridor of the default dataset. */
function realGeometry(corridorId: string): CorridorGeometry {
  const dataset = loadDataset();
  const corridor = dataset.corridors.find((c) => c.id === corridorId);
  if (!corridor) throw new Error(`no corridor ${corridorId} in data/atlas.json`);
  return buildCorridorGeometry(corridor, placesOf(dataset));
}

/** Sum of the great-circle distances between consecutive places of a chain of place ids. */
function chainKm(ids: readonly string[]): number {
  const places = placesOf(loadDataset());
  const at = (id: string) => {
    const place = places.get(id);
    if (!place) throw new Error(`no place ${id}`);
    return place.coordinates;
  };
  return ids.slice(1).reduce((sum, id, i) => sum + greatCircleKm(at(ids[i] as string), at(id)), 0);
}

const place = (id: string, coordinates: LonLat): Place => ({
  id,
  name: { fa: id, en: id },
  country: 'IRN',
  coordinates,
  inArticle: false,
});

/** Four places on or near the equator: a–b–c along it, d two degrees north of b. */
function tinyPlaces(): Map<string, Place> {
  return new Map(
    [place('a', [0, 0]), place('b', [1, 0]), place('c', [2, 0]), place('d', [1, 2])].map((p) => [
      p.id,
      p,
    ]),
  );
}

/** A corridor a → b → c with a branch b → d. */
function tinyCorridor(): Corridor {
  return {
    id: 'tiny',
    name: { fa: 'کوچک', en: 'Tiny' },
    summary: { fa: 'کوچک', en: 'Tiny' },
    schematic: true,
    event: 'e',
    legs: [
      { id: 'main', name: { fa: 'اصلی', en: 'Main' }, waypoints: ['a', 'b', 'c'] },
      { id: 'branch', name: { fa: 'شاخه', en: 'Branch' }, waypoints: ['b', 'd'] },
    ],
    source: 'منبع',
  };
}

const KM_PER_DEGREE = (2 * Math.PI * 6371.0088) / 360;

describe('buildCorridorGeometry on a tiny inline corridor', () => {
  it('buildCorridorGeometry(corridor) draws one leg per corridor leg, in order', () => {
    const geometry = buildCorridorGeometry(tinyCorridor(), tinyPlaces());
    expect(geometry.id).toBe('tiny');
    expect(geometry.legs.map((leg) => [leg.corridorId, leg.legId])).toEqual([
      ['tiny', 'main'],
      ['tiny', 'branch'],
    ]);
  });

  it('the first leg starts at 0 km, at the origin', () => {
    const [main] = buildCorridorGeometry(tinyCorridor(), tinyPlaces()).legs;
    expect(main?.timestamps[0]).toBe(0);
    expect(main?.path[0]).toEqual([0, 0]);
  });

  it('a leg passes exactly through each of its waypoints', () => {
    const [main] = buildCorridorGeometry(tinyCorridor(), tinyPlaces()).legs;
    expect(main?.path).toContainEqual([1, 0]);
    expect(main?.path[main.path.length - 1]).toEqual([2, 0]);
  });

  it('a branch leg starts at the km its first waypoint has on the earlier leg', () => {
    const [, branch] = buildCorridorGeometry(tinyCorridor(), tinyPlaces()).legs;
    expect(branch?.path[0]).toEqual([1, 0]);
    expect(branch?.timestamps[0]).toBeCloseTo(KM_PER_DEGREE, 6);
  });

  it("a leg's timestamps are the cumulative km along its path", () => {
    const [, branch] = buildCorridorGeometry(tinyCorridor(), tinyPlaces()).legs;
    expect(branch?.timestamps[branch.timestamps.length - 1]).toBeCloseTo(3 * KM_PER_DEGREE, 6);
  });

  it("a leg's lengthKm is its own length, not counting the way to its start", () => {
    const [main, branch] = buildCorridorGeometry(tinyCorridor(), tinyPlaces()).legs;
    expect(main?.lengthKm).toBeCloseTo(2 * KM_PER_DEGREE, 6);
    expect(branch?.lengthKm).toBeCloseTo(2 * KM_PER_DEGREE, 6);
  });

  it("a route's lengthKm runs from the origin to the leg's end, through the branch point", () => {
    const routes = buildCorridorGeometry(tinyCorridor(), tinyPlaces()).routes;
    expect(routes.map((r) => [r.legId, r.from.id, r.to.id])).toEqual([
      ['main', 'a', 'c'],
      ['branch', 'a', 'd'],
    ]);
    expect(routes[1]?.lengthKm).toBeCloseTo(3 * KM_PER_DEGREE, 6);
  });

  it("a route's latencyMs is 4.9 µs per km of its length", () => {
    for (const route of buildCorridorGeometry(tinyCorridor(), tinyPlaces()).routes) {
      expect(route.latencyMs).toBeCloseTo((route.lengthKm * 4.9) / 1000, 12);
    }
  });

  it('totalKm is the sum of the legs (4° of arc here)', () => {
    expect(buildCorridorGeometry(tinyCorridor(), tinyPlaces()).totalKm).toBeCloseTo(
      4 * KM_PER_DEGREE,
      6,
    );
  });

  it('reachKm is the longest route (3° of arc here)', () => {
    expect(buildCorridorGeometry(tinyCorridor(), tinyPlaces()).reachKm).toBeCloseTo(
      3 * KM_PER_DEGREE,
      6,
    );
  });

  it('a leg across the antimeridian continues on the world copy where its previous step ended', () => {
    const places = new Map([
      ['w', place('w', [170, 0])],
      ['x', place('x', [-170, 0])],
      ['y', place('y', [-160, 0])],
    ]);
    const corridor: Corridor = {
      ...tinyCorridor(),
      legs: [{ id: 'pacific', name: { fa: 'آرام', en: 'Pacific' }, waypoints: ['w', 'x', 'y'] }],
    };
    const [leg] = buildCorridorGeometry(corridor, places).legs;
    expect(leg?.path).toContainEqual([190, 0]);
    expect(leg?.path[leg.path.length - 1]).toEqual([200, 0]);
    expect(leg?.lengthKm).toBeCloseTo(30 * KM_PER_DEGREE, 6);
  });

  it('buildCorridorGeometry throws for an unknown waypoint, naming it', () => {
    const corridor = tinyCorridor();
    corridor.legs[0]?.waypoints.push('nowhere');
    expect(() => buildCorridorGeometry(corridor, tinyPlaces())).toThrow(
      'Corridor tiny: unknown waypoint "nowhere"',
    );
  });

  it('buildCorridorGeometry throws for a branch that does not start on an earlier leg', () => {
    const corridor = tinyCorridor();
    corridor.legs[1] = { id: 'stray', name: { fa: 'سرگردان', en: 'Stray' }, waypoints: ['d', 'c'] };
    expect(() => buildCorridorGeometry(corridor, tinyPlaces())).toThrow(
      'Corridor tiny, leg stray: must start on an earlier leg',
    );
  });

  it('buildCorridorGeometry throws for a corridor without legs', () => {
    expect(() => buildCorridorGeometry({ ...tinyCorridor(), legs: [] }, tinyPlaces())).toThrow(
      'Corridor tiny has no waypoints',
    );
  });
});

describe('buildCorridorGeometry on the default dataset', () => {
  it('the south-west branches (mediterranean, africa) start at the km of Riyadh, the end of iran-saudi', () => {
    const legs = realGeometry('south-west').legs;
    const iranSaudi = legs.find((leg) => leg.legId === 'iran-saudi');
    const riyadhKm = iranSaudi?.timestamps[iranSaudi.timestamps.length - 1];
    expect(riyadhKm).toBeCloseTo(chainKm(['tehran', 'bushehr', 'dammam', 'riyadh']), 3);
    for (const id of ['mediterranean', 'africa']) {
      expect(legs.find((leg) => leg.legId === id)?.timestamps[0]).toBe(riyadhKm);
    }
  });

  it('the central-asia branch starts at the km Kabul has on the afghanistan-china leg', () => {
    const legs = realGeometry('north-east').legs;
    const places = placesOf(loadDataset());
    const kabul = places.get('kabul')?.coordinates;
    const trunk = legs.find((leg) => leg.legId === 'afghanistan-china');
    const index = trunk?.path.findIndex(([lon, lat]) => lon === kabul?.[0] && lat === kabul?.[1]);
    expect(index).toBeGreaterThan(0);
    expect(legs.find((leg) => leg.legId === 'central-asia')?.timestamps[0]).toBe(
      trunk?.timestamps[index ?? -1],
    );
  });

  it('the route to the end of central-asia is the sum of the great circles along the way', () => {
    const route = realGeometry('north-east').routes.find((r) => r.legId === 'central-asia');
    const way = ['riyadh', 'jubail', 'asaluyeh', 'tehran', 'mashhad', 'herat', 'kabul'];
    const branch = ['kabul', 'mazar-i-sharif', 'termez', 'tashkent', 'bishkek', 'almaty'];
    expect(route?.lengthKm).toBeCloseTo(chainKm(way) + chainKm(branch), 3);
  });

  it("every route's lengthKm is its leg's start km plus the leg's length", () => {
    for (const id of ['south-west', 'north-east']) {
      const geometry = realGeometry(id);
      geometry.routes.forEach((route, i) => {
        const leg = geometry.legs[i];
        expect(route.legId).toBe(leg?.legId);
        expect(route.lengthKm).toBeCloseTo((leg?.timestamps[0] ?? NaN) + (leg?.lengthKm ?? NaN), 9);
      });
    }
  });

  it('every route starts at the corridor origin (Tehran for south-west, Riyadh for north-east)', () => {
    expect(new Set(realGeometry('south-west').routes.map((r) => r.from.id))).toEqual(
      new Set(['tehran']),
    );
    expect(new Set(realGeometry('north-east').routes.map((r) => r.from.id))).toEqual(
      new Set(['riyadh']),
    );
  });

  it('routes have latency 4.9 µs per km (iran-saudi: 1,436 km ≈ 7.0 ms)', () => {
    const route = realGeometry('south-west').routes.find((r) => r.legId === 'iran-saudi');
    expect(route?.lengthKm).toBeCloseTo(1435.85, 1);
    expect(route?.latencyMs).toBeCloseTo(((route?.lengthKm ?? NaN) * 4.9) / 1000, 12);
  });

  it("totalKm is the sum of the legs' lengths", () => {
    const geometry = realGeometry('north-east');
    expect(geometry.totalKm).toBeCloseTo(
      geometry.legs.reduce((sum, leg) => sum + leg.lengthKm, 0),
      9,
    );
  });

  it('reachKm is the longest route (north-east: the route to Almaty)', () => {
    const geometry = realGeometry('north-east');
    const longest = [...geometry.routes].sort((a, b) => b.lengthKm - a.lengthKm)[0];
    expect(longest?.to.id).toBe('almaty');
    expect(geometry.reachKm).toBe(longest?.lengthKm);
  });

  it('every leg has increasing timestamps, one per path vertex', () => {
    for (const id of ['south-west', 'north-east']) {
      for (const leg of realGeometry(id).legs) {
        expect(leg.timestamps).toHaveLength(leg.path.length);
        expect(
          leg.timestamps.every((km, i) => i === 0 || km > (leg.timestamps[i - 1] as number)),
        ).toBe(true);
      }
    }
  });
});
