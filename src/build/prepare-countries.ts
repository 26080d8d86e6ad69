// Build-time preparation of the country layer: Natural Earth shapes with ISO codes, names and label points.
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryInfo, CountryShapeProperties } from '../data/countries.ts';

/** Decimal places kept in shipped coordinates: 0.01° ≈ 1 km, finer than Natural Earth 1:50m. */
export const COORDINATE_DECIMALS = 2;

/** Looks up ISO codes and names; a thin adapter over i18n-iso-countries, passed in to keep this pure. */
export interface CountryNames {
  numericToAlpha3(numeric: string): string | undefined;
  name(alpha3: string, lang: 'fa' | 'en'): string | undefined;
}

/** What the build ships: the shapes (a lazily loaded chunk) and the small registry the app starts with. */
export interface PreparedCountries {
  shapes: FeatureCollection<Polygon | MultiPolygon, CountryShapeProperties>;
  registry: CountryInfo[];
}

type Ring = Position[];

function roundRing(ring: Ring, decimals: number): Ring {
  const f = 10 ** decimals;
  const out: Ring = [];
  for (const [x = 0, y = 0] of ring) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Planar area of a ring in square degrees; enough to rank a country's parts by size. */
function ringArea(ring: Ring): number {
  let sum = 0;
  ring.forEach(([x1 = 0, y1 = 0], i) => {
    const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length] ?? [];
    sum += x1 * y2 - x2 * y1;
  });
  return Math.abs(sum / 2);
}

function bboxOf(polygons: Position[][][]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [x = 0, y = 0] of polygon[0] ?? []) {
      w = Math.min(w, x);
      s = Math.min(s, y);
      e = Math.max(e, x);
      n = Math.max(n, y);
    }
  }
  return [w, s, e, n];
}

/**
 * Turns world-atlas TopoJSON into the app's country shapes and registry. Each country's label point is
 * the pole of inaccessibility of its largest part (polylabel), so labels sit inside the land; its
 * bounding box covers the parts at least a tenth as large as the largest (so France's box is France's,
 * not the Indian Ocean's). Shapes without an ISO code (Kosovo, N. Cyprus, …) are drawn but unnamed.
 *
 * @example
 * const { shapes, registry } = prepareCountries(topology, names);
 */
export function prepareCountries(
  topology: Topology<{ countries: GeometryCollection }>,
  names: CountryNames,
  decimals = COORDINATE_DECIMALS,
): PreparedCountries {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const features: Feature<Polygon | MultiPolygon, CountryShapeProperties>[] = [];
  const registry: CountryInfo[] = [];

  collection.features.forEach((source, index) => {
    if (!source.geometry) return;
    const polygons = polygonsOf(source.geometry)
      .map((polygon) => polygon.map((ring) => roundRing(ring, decimals)))
      .filter((polygon) => (polygon[0]?.length ?? 0) >= 4);
    if (polygons.length === 0) return;
    const code = source.id === undefined ? undefined : names.numericToAlpha3(String(source.id));
    features.push({
      type: 'Feature',
      id: index,
      properties: { code: code ?? '' },
      geometry:
        polygons.length === 1
          ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
          : { type: 'MultiPolygon', coordinates: polygons },
    });
    const en = code && names.name(code, 'en');
    const fa = code && names.name(code, 'fa');
    if (!code || !en || !fa || registry.some((c) => c.code === code)) return;
    const ranked = [...polygons].sort((a, b) => ringArea(b[0] ?? []) - ringArea(a[0] ?? []));
    const largest = ranked[0] as Position[][];
    const minArea = ringArea(largest[0] ?? []) / 10;
    const [x = 0, y = 0] = polylabel(largest, 0.05);
    registry.push({
      code,
      name: { en, fa },
      label: [Math.round(x * 100) / 100, Math.round(y * 100) / 100],
      bbox: bboxOf(ranked.filter((p) => ringArea(p[0] ?? []) >= minArea)),
    });
  });

  registry.sort((a, b) => a.code.localeCompare(b.code));
  return { shapes: { type: 'FeatureCollection', features }, registry };
}
