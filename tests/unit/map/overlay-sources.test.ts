// Unit tests of the still overlay MapLibre draws: corridor lines, trips and meeting places, their
// feature ids (indexes into the model) and the layers that read feature state.
import type { CircleLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { corridorColors, cssRgba, DEFAULT_THEME, meetingRadius } from '../../../src/theme';
import {
  corridorLines,
  dashArray,
  meetingPoints,
  OVERLAY_LAYER,
  OVERLAY_SOURCE,
  overlayLayers,
  tripLines,
} from '../../../src/map/overlay-sources';
import { buildStyle, LAYER } from '../../../src/map/style';
import { loadModel } from '../../fixtures/default-model';

const noShapes = { type: 'FeatureCollection' as const, features: [] };

function layer<T extends LineLayerSpecification | CircleLayerSpecification>(id: string): T {
  const found = overlayLayers(DEFAULT_THEME).find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found as T;
}

describe('dashArray', () => {
  it('dashArray keeps a dash pattern and makes a solid corridor one dash with no gap', () => {
    expect(dashArray([2.5, 2])).toEqual([2.5, 2]);
    expect(dashArray([0, 0])).toEqual([1, 0]);
  });
});

describe('corridorLines', () => {
  it('has one line per leg, in model.legs order, its id the index', () => {
    const model = loadModel();
    const lines = corridorLines(model, DEFAULT_THEME);
    expect(lines.features.map((f) => f.id)).toEqual(model.legs.map((_, i) => i));
    lines.features.forEach((feature, i) => {
      const leg = model.legs[i]!;
      expect(feature.geometry.coordinates).toEqual(leg.path);
      expect(feature.properties.leg).toBe(`${leg.corridorId}/${leg.legId}`);
      expect(feature.properties.corridor).toBe(leg.corridorId);
    });
  });

  it("colours and dashes each line as its corridor's theme entry", () => {
    const model = loadModel();
    const lines = corridorLines(model, DEFAULT_THEME).features;
    const south = lines.find((f) => f.properties.corridor === 'south-west')!;
    const north = lines.find((f) => f.properties.corridor === 'north-east')!;
    expect(south.properties.color).toBe('rgba(200, 56, 34, 0.588)');
    expect(south.properties.dash).toBe('1 0');
    expect(north.properties.dash).toBe('2.5 2');
  });

  it("the layer's dash array is the pattern named by each feature's key", () => {
    const model = loadModel();
    const dasharray = layer<LineLayerSpecification>(OVERLAY_LAYER.corridors).paint?.[
      'line-dasharray'
    ] as unknown[];
    expect(dasharray.slice(0, 2)).toEqual(['match', ['get', 'dash']]);
    const patternOf = (key: string) => dasharray[dasharray.indexOf(key) + 1];
    for (const feature of corridorLines(model, DEFAULT_THEME).features) {
      const { dash } = corridorColors(DEFAULT_THEME, feature.properties.corridor);
      expect(patternOf(feature.properties.dash)).toEqual(['literal', dashArray(dash)]);
    }
    expect(patternOf('2.5 2')).not.toEqual(patternOf('1 0'));
  });
});

describe('tripLines and meetingPoints', () => {
  it('a trip is a great circle from home to its place, in model.trips order', () => {
    const model = loadModel();
    const trips = tripLines(model).features;
    expect(trips.map((f) => f.properties.event)).toEqual(model.trips.map((t) => t.event.id));
    trips.forEach((feature, i) => {
      const coordinates = feature.geometry.coordinates;
      expect(feature.id).toBe(i);
      expect(coordinates[0]).toEqual(model.trips[i]!.from.coordinates);
      expect(coordinates.at(-1)).toEqual(model.trips[i]!.to.coordinates);
      expect(coordinates.length).toBeGreaterThan(10);
    });
  });

  it('a meeting place is a point with its radius, in model.sites order', () => {
    const model = loadModel();
    const points = meetingPoints(model).features;
    expect(points.map((f) => f.id)).toEqual(model.sites.map((_, i) => i));
    const tehran = points.find((f) => f.properties.place === 'tehran')!;
    expect(tehran.properties.radius).toBe(11);
    expect(points.map((f) => f.properties.radius)).toEqual(model.sites.map(meetingRadius));
  });
});

describe('overlayLayers', () => {
  it('draws, bottom to top, corridor lines, trips, meeting places', () => {
    expect(overlayLayers(DEFAULT_THEME).map((l) => l.id)).toEqual([
      'corridor-lines',
      'trip-lines',
      'meeting-points',
    ]);
  });

  it('sit in the style above the country outlines and below every label', () => {
    const ids = buildStyle(loadModel(), noShapes, 'en', DEFAULT_THEME).layers.map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at(OVERLAY_LAYER.corridors)).toBeGreaterThan(at(LAYER.selected));
    for (const label of [LAYER.labels, LAYER.minorLabels, LAYER.places, LAYER.corridorEnds]) {
      expect(at(OVERLAY_LAYER.meetings)).toBeLessThan(at(label));
    }
  });

  it('the style has the three sources; trips carry line metrics for their gradient', () => {
    const style = buildStyle(loadModel(), noShapes, 'en', DEFAULT_THEME);
    expect(Object.keys(style.sources)).toEqual(
      expect.arrayContaining(Object.values(OVERLAY_SOURCE)),
    );
    expect(style.sources[OVERLAY_SOURCE.trips]).toMatchObject({ lineMetrics: true });
  });

  it('a corridor is its own width, 1.5 px wider highlighted, 3 px under the pointer (feature state)', () => {
    const own = ['number', ['get', 'width'], 3.5];
    expect(layer<LineLayerSpecification>(OVERLAY_LAYER.corridors).paint?.['line-width']).toEqual([
      'case',
      ['boolean', ['feature-state', 'hover'], false],
      ['+', own, 3],
      ['boolean', ['feature-state', 'highlight'], false],
      ['+', own, 1.5],
      own,
    ]);
  });

  it('the default corridors are 3.5 px wide (5 highlighted, 6.5 hovered), as before file widths', () => {
    const widths = corridorLines(loadModel(), DEFAULT_THEME).features.map(
      (f) => f.properties.width,
    );
    expect(new Set(widths)).toEqual(new Set([3.5]));
  });

  it("a file's stroke-width is each line's width, kept within 0.5–12 px", () => {
    const model = loadModel();
    const [first, second] = model.dataset.corridors;
    if (!first || !second) throw new Error('expected two corridors');
    const corridors = new Map(model.corridors);
    corridors.set(first.id, { ...first, style: { width: 1 } });
    corridors.set(second.id, { ...second, style: { width: 40 } });
    const lines = corridorLines({ ...model, corridors }, DEFAULT_THEME).features;
    const widthOf = (id: string) =>
      lines.find((f) => f.properties.corridor === id)?.properties.width;
    expect([widthOf(first.id), widthOf(second.id)]).toEqual([1, 12]);
  });

  it('a corridor is hidden outside the focus and dimmed to theme.dimmed beside a highlight', () => {
    expect(layer<LineLayerSpecification>(OVERLAY_LAYER.corridors).paint?.['line-opacity']).toEqual([
      'case',
      ['boolean', ['feature-state', 'hidden'], false],
      0,
      ['case', ['boolean', ['feature-state', 'dim'], false], DEFAULT_THEME.dimmed, 1],
    ]);
  });

  it('trips run from the theme source colour at home to the target colour at the place', () => {
    const gradient = layer<LineLayerSpecification>(OVERLAY_LAYER.trips).paint?.['line-gradient'];
    expect(gradient).toEqual([
      'interpolate',
      ['linear'],
      ['line-progress'],
      0,
      cssRgba(DEFAULT_THEME.trip.source),
      1,
      cssRgba(DEFAULT_THEME.trip.target),
    ]);
  });

  it('a meeting place is drawn 1.4 times larger when selected, and coloured by its status', () => {
    const paint = layer<CircleLayerSpecification>(OVERLAY_LAYER.meetings).paint;
    expect(paint?.['circle-radius']).toEqual([
      '*',
      ['get', 'radius'],
      ['case', ['boolean', ['feature-state', 'selected'], false], 1.4, 1],
    ]);
    const colour = JSON.stringify(paint?.['circle-color']);
    for (const status of ['past', 'future'] as const) {
      expect(colour).toContain(`"${status}","${cssRgba(DEFAULT_THEME.meeting[status])}"`);
    }
    expect(colour).toContain(cssRgba(DEFAULT_THEME.meeting.fill));
  });
});
