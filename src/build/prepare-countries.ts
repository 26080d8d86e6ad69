// Build-time preparation of the country layer: Natural Earth shapes with ISO codes, names and label points.
import { geoArea, geoCentroid, geoDistance } from 'd3-geo';
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

/** Parts farther than this from a country's largest part are left out of its framing (km). */
const FRAMING_RADIUS_KM = 3000;
const EARTH_RADIUS_KM = 6371;

interface Part {
  polygon: Position[][];
  area: number;
  centroid: [number, number];
  /** True for a part that encloses a pole (Antarctica). */
  aroundPole: boolean;
}

/** A part measured on the sphere. Rings wound against d3's convention are turned first. */
const partOf = (polygon: Position[][]): Part => {
  let geometry: Polygon = { type: 'Polygon', coordinates: polygon };
  // No country covers a hemisphere: an area over 2π sr means the ring runs the other way round.
  if (geoArea(geometry) > 2 * Math.PI) {
    geometry = { type: 'Polygon', coordinates: polygon.map((ring) => [...ring].reverse()) };
  }
  return {
    polygon,
    area: geoArea(geometry),
    centroid: geoCentroid(geometry),
    // Natural Earth closes Antarctica's ring along the pole's parallel.
    aroundPole: (polygon[0] ?? []).some(([, y = 0]) => Math.abs(y) > 89.9),
  };
};

/**
 * The extent of the parts near the largest one, with longitudes taken on the largest part's side of
 * the antimeridian, so Fiji's box is Fiji's and may run past 180° (MapLibre frames it as one box).
 */
function framingBox(largest: Part, parts: Part[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const centre = largest.centroid[0];
  const ring = largest.polygon[0] ?? [];
  if (largest.aroundPole) {
    // Antarctica: every longitude.
    const lats = ring.map(([, y = 0]) => y);
    return [-180, Math.min(...lats), 180, Math.max(...lats)];
  }
  for (const part of parts) {
    const km = geoDistance(part.centroid, largest.centroid) * EARTH_RADIUS_KM;
    if (part !== largest && (km > FRAMING_RADIUS_KM || part.area < largest.area / 100)) continue;
    for (const [x = 0, y = 0] of part.polygon[0] ?? []) {
      const lon = x + Math.round((centre - x) / 360) * 360;
      w = Math.min(w, lon);
      s = Math.min(s, y);
      e = Math.max(e, lon);
      n = Math.max(n, y);
    }
  }
  return [w, s, e, n];
}

/**
 * Turns world-atlas TopoJSON into the app's country shapes and registry. Each country's label point is
 * the pole of inaccessibility of its largest part (polylabel), so labels sit inside the land. Its
 * framing box covers the parts within 3,000 km of the largest (by spherical area): France's box is
 * metropolitan France and Corsica, not French Guiana; Fiji's does not span the world. Shapes without
 * an ISO code (Kosovo, N. Cyprus, …) are drawn but unnamed.
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
    const parts = polygons.map(partOf);
    const largest = parts.reduce((a, b) => (b.area > a.area ? b : a));
    const bbox = framingBox(largest, parts);
    // polylabel works in the plane; around a pole the plane is meaningless, so take mid-latitude.
    const [x = 0, y = 0] = largest.aroundPole
      ? [0, (bbox[1] + bbox[3]) / 2]
      : polylabel(largest.polygon, 0.05);
    const f = 10 ** decimals;
    registry.push({
      code,
      name: { en, fa },
      label: [Math.round(x * f) / f, Math.round(y * f) / f],
      bbox,
    });
  });

  registry.sort((a, b) => a.code.localeCompare(b.code));
  return { shapes: { type: 'FeatureCollection', features }, registry };
}
