// Unit tests of great-circle distances, densified geodesic paths across the antimeridian, and lengths.
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../../src/dataset';
import {
  DEFAULT_MAX_STEP_KM,
  cumulativeKm,
  geodesicPath,
  greatCircleKm,
  pathLengthKm,
  unwrapLongitudes,
} from '../../../src/geo/geodesic';

/** Fresh coordinates for each use: no test can see another's array. */
const tehran = (): LonLat => [51.389, 35.689];
const riyadh = (): LonLat => [46.675, 24.713];
const caracas = (): LonLat => [-66.904, 10.481];
/** Tolerance on step lengths, in km: turf rounds intermediate vertices to 1e-6° (≈ 0.1 m). */
const STEP_TOLERANCE_KM = 1e-3;
/** Length of 1° of a great circle on turf's mean Earth radius (6,371.0088 km). */
const KM_PER_DEGREE = (2 * Math.PI * 6371.0088) / 360;

/** Every step of a path as [from, to] pairs. */
function steps(path: readonly LonLat[]): Array<[LonLat, LonLat]> {
  return path.slice(1).map((point, i) => [path[i] as LonLat, point]);
}

describe('greatCircleKm', () => {
  it('greatCircleKm(Tehran, Riyadh) is about 1,300 km (within 1%)', () => {
    expect(Math.abs(greatCircleKm(tehran(), riyadh()) - 1300) / 1300).toBeLessThan(0.01);
  });

  it('greatCircleKm gives 111.2 km for 1° of longitude on the equator', () => {
    expect(greatCircleKm([0, 0], [1, 0])).toBeCloseTo(111.195, 3);
  });

  it('greatCircleKm is symmetric', () => {
    expect(greatCircleKm(riyadh(), tehran())).toBe(greatCircleKm(tehran(), riyadh()));
  });

  it('greatCircleKm is 0 for identical points', () => {
    expect(greatCircleKm(tehran(), tehran())).toBe(0);
  });

  it('greatCircleKm measures across the antimeridian the short way', () => {
    expect(greatCircleKm([179, 0], [-179, 0])).toBeCloseTo(2 * KM_PER_DEGREE, 6);
  });
});

describe('unwrapLongitudes', () => {
  it('unwrapLongitudes continues east past 180° (170 → -175 becomes 170 → 185)', () => {
    expect(
      unwrapLongitudes([
        [170, 0],
        [-175, 0],
      ]),
    ).toEqual([
      [170, 0],
      [185, 0],
    ]);
  });

  it('unwrapLongitudes continues west past -180° (-170 → 175 becomes -170 → -185)', () => {
    expect(
      unwrapLongitudes([
        [-170, 5],
        [175, 6],
      ]),
    ).toEqual([
      [-170, 5],
      [-185, 6],
    ]);
  });

  it('unwrapLongitudes keeps following the shifted copy for later vertices', () => {
    expect(
      unwrapLongitudes([
        [170, 0],
        [-175, 0],
        [-160, 1],
      ]),
    ).toEqual([
      [170, 0],
      [185, 0],
      [200, 1],
    ]);
  });

  it('unwrapLongitudes removes whole turns between vertices (0 → 720 becomes 0 → 0)', () => {
    expect(
      unwrapLongitudes([
        [0, 0],
        [720, 0],
      ]),
    ).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('unwrapLongitudes leaves a path that does not cross the antimeridian unchanged', () => {
    const path: LonLat[] = [
      [10, 0],
      [50, 10],
      [-20, 20],
    ];
    expect(unwrapLongitudes(path)).toEqual(path);
  });

  it('unwrapLongitudes does not modify its input', () => {
    const path: LonLat[] = [
      [170, 0],
      [-175, 0],
    ];
    unwrapLongitudes(path);
    expect(path).toEqual([
      [170, 0],
      [-175, 0],
    ]);
  });

  it('unwrapLongitudes returns [] for an empty path', () => {
    expect(unwrapLongitudes([])).toEqual([]);
  });
});

describe('geodesicPath', () => {
  it('geodesicPath starts and ends exactly at the given points', () => {
    const path = geodesicPath(tehran(), riyadh());
    expect(path[0]).toEqual(tehran());
    expect(path[path.length - 1]).toEqual(riyadh());
  });

  it('geodesicPath makes no step longer than DEFAULT_MAX_STEP_KM', () => {
    const longest = Math.max(
      ...steps(geodesicPath(tehran(), caracas())).map(([a, b]) => greatCircleKm(a, b)),
    );
    expect(longest).toBeLessThanOrEqual(DEFAULT_MAX_STEP_KM + STEP_TOLERANCE_KM);
  });

  it('geodesicPath makes no step longer than a given maxStepKm', () => {
    const longest = Math.max(
      ...steps(geodesicPath(tehran(), riyadh(), 7)).map(([a, b]) => greatCircleKm(a, b)),
    );
    expect(longest).toBeLessThanOrEqual(7 + STEP_TOLERANCE_KM);
  });

  it('geodesicPath uses the fewest steps of at most maxStepKm (1,301 km / 50 km → 27 steps)', () => {
    expect(geodesicPath(tehran(), riyadh())).toHaveLength(28);
  });

  it('geodesicPath along a meridian keeps its longitude', () => {
    const path = geodesicPath([30, -10], [30, 60]);
    expect(path.length).toBeGreaterThan(10);
    for (const [lon] of path) expect(lon).toBeCloseTo(30, 9);
  });

  it('geodesicPath between two points at 45°N bulges poleward of 45°', () => {
    const path = geodesicPath([0, 45], [90, 45]);
    const middle = path[Math.floor(path.length / 2)] as LonLat;
    expect(middle[0]).toBeCloseTo(45, 0);
    expect(middle[1]).toBeGreaterThan(50);
  });

  it('geodesicPath keeps every vertex on the great circle: its steps add up to the distance', () => {
    expect(pathLengthKm(geodesicPath(tehran(), caracas()))).toBeCloseTo(
      greatCircleKm(tehran(), caracas()),
      3,
    );
  });

  it('geodesicPath between identical points has exactly 2 vertices', () => {
    expect(geodesicPath(tehran(), tehran())).toEqual([tehran(), tehran()]);
  });

  it('geodesicPath from [170, 10] to [-170, 20] never jumps more than 180° of longitude', () => {
    const jumps = steps(geodesicPath([170, 10], [-170, 20])).map(([a, b]) => Math.abs(b[0] - a[0]));
    expect(Math.max(...jumps)).toBeLessThan(180);
  });

  it('geodesicPath from [170, 10] to [-170, 20] ends at the unwrapped longitude 190', () => {
    const path = geodesicPath([170, 10], [-170, 20]);
    expect(path[path.length - 1]).toEqual([190, 20]);
  });

  it('geodesicPath from [170, 10] to [-170, 20] has increasing longitudes past 180', () => {
    const longitudes = geodesicPath([170, 10], [-170, 20]).map(([lon]) => lon);
    expect(longitudes.every((lon, i) => i === 0 || lon >= (longitudes[i - 1] as number))).toBe(
      true,
    );
    expect(longitudes.some((lon) => lon > 180)).toBe(true);
  });

  it('geodesicPath from [-170, 20] to [170, 10] runs westward past -180 and ends at -190', () => {
    const path = geodesicPath([-170, 20], [170, 10]);
    expect(path[0]).toEqual([-170, 20]);
    expect(path[path.length - 1]).toEqual([-190, 10]);
  });

  it('geodesicPath across the antimeridian still keeps steps within maxStepKm', () => {
    const longest = Math.max(
      ...steps(geodesicPath([170, 10], [-170, 20])).map(([a, b]) => greatCircleKm(a, b)),
    );
    expect(longest).toBeLessThanOrEqual(DEFAULT_MAX_STEP_KM + STEP_TOLERANCE_KM);
  });
});

describe('cumulativeKm', () => {
  it('cumulativeKm gives the distance from the start at each vertex', () => {
    const km = cumulativeKm([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
    expect(km).toHaveLength(3);
    expect(km[0]).toBe(0);
    expect(km[1]).toBeCloseTo(KM_PER_DEGREE, 6);
    expect(km[2]).toBeCloseTo(2 * KM_PER_DEGREE, 6);
  });

  it('cumulativeKm starts from startKm when given', () => {
    const km = cumulativeKm(
      [
        [0, 0],
        [1, 0],
      ],
      500,
    );
    expect(km[0]).toBe(500);
    expect(km[1]).toBeCloseTo(500 + KM_PER_DEGREE, 6);
  });

  it('cumulativeKm never decreases along a path', () => {
    const km = cumulativeKm(geodesicPath(tehran(), [-82.38, 23.09]));
    expect(km.every((value, i) => i === 0 || value >= (km[i - 1] as number))).toBe(true);
  });

  it('cumulativeKm returns [] for an empty path', () => {
    expect(cumulativeKm([])).toEqual([]);
  });
});

describe('pathLengthKm', () => {
  it('pathLengthKm sums the great-circle lengths of the steps', () => {
    const path: LonLat[] = [tehran(), riyadh(), [39.25, 21.5]];
    expect(pathLengthKm(path)).toBeCloseTo(
      greatCircleKm(tehran(), riyadh()) + greatCircleKm(riyadh(), [39.25, 21.5]),
      9,
    );
  });

  it('pathLengthKm is 0 for a single point and for an empty path', () => {
    expect(pathLengthKm([tehran()])).toBe(0);
    expect(pathLengthKm([])).toBe(0);
  });
});
