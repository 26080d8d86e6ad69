// Unit tests of ring winding for d3-geo: RFC 7946 rings are turned, d3-wound rings are kept.
import type { Polygon, Position } from 'geojson';
import shapes from 'virtual:atlas/country-shapes';
import { geoArea, geoPath } from 'd3-geo';
import { svgProjection } from '../../../src/svg/svg-camera';
import { describe, expect, it } from 'vitest';
import { sphericalWinding } from '../../../src/svg/winding';

/** A 10° square with a 2° hole, wound as RFC 7946 says: exterior counter-clockwise, hole clockwise. */
function rfc7946Square(): Polygon {
  const exterior: Position[] = [
    [50, 25],
    [60, 25],
    [60, 35],
    [50, 35],
    [50, 25],
  ];
  const hole: Position[] = [
    [54, 29],
    [54, 31],
    [56, 31],
    [56, 29],
    [54, 29],
  ];
  return { type: 'Polygon', coordinates: [exterior, hole] };
}

describe('sphericalWinding', () => {
  it('sphericalWinding(polygon) turns an RFC 7946 polygon, holes included, so d3 sees the square', () => {
    const square = rfc7946Square();
    expect(geoArea(square)).toBeGreaterThan(2 * Math.PI);
    const wound = sphericalWinding(square) as Polygon;
    expect(geoArea(wound)).toBeLessThan(0.05);
    expect(wound.coordinates[0]).toEqual([...(square.coordinates[0] as Position[])].reverse());
    expect(wound.coordinates[1]).toEqual([...(square.coordinates[1] as Position[])].reverse());
  });

  it('d3 draws an RFC 7946 polygon as the whole viewport, and the wound one as the square', () => {
    const size = { width: 800, height: 600 };
    const path = geoPath(svgProjection({ center: [55, 30], zoom: 3 }, size));
    const width = (d: string) => {
      const xs = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 0);
      return Math.max(...xs) - Math.min(...xs);
    };
    expect(width(path(rfc7946Square()) ?? '')).toBeCloseTo(size.width, 0);
    expect(width(path(sphericalWinding(rfc7946Square())) ?? '')).toBeLessThan(size.width / 4);
  });

  it('sphericalWinding(geometry) returns a geometry already wound for d3 as it is', () => {
    const iran = shapes.features.find((f) => f.properties.code === 'IRN');
    if (!iran) throw new Error('no IRN shape');
    expect(sphericalWinding(iran.geometry)).toBe(iran.geometry);
  });

  it('every shipped country shape covers less than a hemisphere once wound', () => {
    for (const feature of shapes.features) {
      expect(geoArea(sphericalWinding(feature.geometry))).toBeLessThan(2 * Math.PI);
    }
  });
});
