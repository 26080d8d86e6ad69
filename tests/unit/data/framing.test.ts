// Unit tests of the camera framings: the home view over every corridor and a country's extent.
import { describe, expect, it } from 'vitest';
import type { AtlasModel } from '../../../src/data/atlas-model';
import type { LonLat } from '../../../src/dataset';
import { countryBounds, homeBounds, type Bounds } from '../../../src/data/framing';
import { loadModel } from '../../fixtures/default-model';

const contains = ([[w, s], [e, n]]: Bounds, [lon, lat]: LonLat) =>
  lon >= w && lon <= e && lat >= s && lat <= n;

function place(model: AtlasModel, id: string): LonLat {
  const found = model.places.get(id);
  if (!found) throw new Error(`no place ${id}`);
  return found.coordinates;
}

describe('homeBounds', () => {
  it('homeBounds(model) contains every corridor waypoint', () => {
    const model = loadModel();
    const bounds = homeBounds(model);
    const waypoints = model.dataset.corridors.flatMap((c) => c.legs.flatMap((l) => l.waypoints));
    expect(waypoints.filter((id) => !contains(bounds, place(model, id)))).toEqual([]);
  });

  it('homeBounds(model) contains every vertex of every corridor path and the home place', () => {
    const model = loadModel();
    const bounds = homeBounds(model);
    expect(contains(bounds, model.home.coordinates)).toBe(true);
    expect(model.legs.flatMap((leg) => leg.path).every((p) => contains(bounds, p))).toBe(true);
  });

  it('homeBounds(model) leaves out far trips (Caracas, Havana)', () => {
    const model = loadModel();
    const bounds = homeBounds(model);
    expect(contains(bounds, place(model, 'caracas'))).toBe(false);
    expect(contains(bounds, place(model, 'havana'))).toBe(false);
  });

  it('homeBounds(model) is tight: Port Said to Almaty, Port Sudan to Almaty', () => {
    const [[w, s], [e, n]] = homeBounds(loadModel());
    expect([w, s, e]).toEqual([32.31, 19.58, 76.889]);
    expect(n).toBeCloseTo(43.239, 6);
  });
});

describe('countryBounds', () => {
  it("countryBounds(model, 'SAU') contains Riyadh", () => {
    const model = loadModel();
    const bounds = countryBounds(model, 'SAU');
    expect(bounds).not.toBeNull();
    expect(contains(bounds as Bounds, place(model, 'riyadh'))).toBe(true);
  });

  it("countryBounds(model, 'SAU') is the registry extent as [[west, south], [east, north]]", () => {
    const model = loadModel();
    const [w, s, e, n] = model.registry.get('SAU')?.bbox ?? [];
    expect(countryBounds(model, 'SAU')).toEqual([
      [w, s],
      [e, n],
    ]);
  });

  it("countryBounds(model, 'SAU') does not reach Tehran", () => {
    const model = loadModel();
    expect(contains(countryBounds(model, 'SAU') as Bounds, place(model, 'tehran'))).toBe(false);
  });

  it('countryBounds is null for an unknown code', () => {
    expect(countryBounds(loadModel(), 'XXX')).toBeNull();
  });
});
