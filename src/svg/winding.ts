// Ring winding for d3-geo (pure): spherical polygons must run clockwise, unlike RFC 7946 GeoJSON.
import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The geometry with every polygon wound as d3-geo expects: exterior rings clockwise, holes
 * counter-clockwise. d3 reads a ring on the sphere as enclosing the area on its right, so an
 * RFC 7946 (counter-clockwise) country would fill the rest of the world. No country covers a
 * hemisphere, so a polygon whose area exceeds 2π steradians is turned round, holes included.
 * Polygons already wound for d3 (world-atlas, via topojson-client) are returned as they are.
 *
 * @example
 * sphericalWinding(rfc7946Square).coordinates; // the same rings, reversed
 */
export function sphericalWinding(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') {
    const coordinates = windPolygon(geometry.coordinates);
    return coordinates === geometry.coordinates ? geometry : { type: 'Polygon', coordinates };
  }
  const coordinates = geometry.coordinates.map(windPolygon);
  return coordinates.every((polygon, i) => polygon === geometry.coordinates[i])
    ? geometry
    : { type: 'MultiPolygon', coordinates };
}

function windPolygon(rings: Position[][]): Position[][] {
  if (geoArea({ type: 'Polygon', coordinates: rings }) <= 2 * Math.PI) return rings;
  return rings.map((ring) => [...ring].reverse());
}
