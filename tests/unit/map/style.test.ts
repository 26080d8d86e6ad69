// Unit tests of the MapLibre style built in code: offline labels, role colours, selection and labels.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import countryList from 'virtual:atlas/countries';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { indexCountries, type CountryShapeProperties } from '../../../src/data/countries';
import { DEFAULT_THEME } from '../../../src/theme';
import { corridorEndPoints } from '../../../src/data/label-points';
import {
  INFERRED_LABEL,
  LAYER,
  MAP_FONT,
  buildStyle,
  countryFill,
  countryFillColor,
  countryLabelPoints,
  labelText,
  markedPlaceLabels,
  placeLabelPoints,
  selectedFilter,
  shade,
} from '../../../src/map/style';
import { loadModel } from '../../fixtures/default-model';

/** Two small country shapes: enough for the style, which only passes them on. */
function shapes(): FeatureCollection<Polygon | MultiPolygon, CountryShapeProperties> {
  const square = (x: number, y: number): Polygon => ({
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  });
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 0, properties: { code: 'IRN' }, geometry: square(50, 30) },
      { type: 'Feature', id: 1, properties: { code: '' }, geometry: square(20, 42) },
    ],
  };
}

function layerById(style: StyleSpecification, id: string): LayerSpecification {
  const layer = style.layers.find((l) => l.id === id);
  if (!layer) throw new Error(`no layer ${id}`);
  return layer;
}

/** Evaluates a `['match', ['get', 'code'], labels, output, …, fallback]` expression for one code. */
function matchOutput(expression: unknown, code: string): unknown {
  const [operator, input, ...rest] = expression as unknown[];
  if (operator !== 'match')
    throw new Error(`not a match expression: ${JSON.stringify(expression)}`);
  expect(input).toEqual(['get', 'code']);
  expect(rest.length % 2).toBe(1);
  for (let i = 0; i + 1 < rest.length; i += 2) {
    const labels = rest[i];
    if ((Array.isArray(labels) ? labels : [labels]).includes(code)) return rest[i + 1];
  }
  return rest[rest.length - 1];
}

describe('buildStyle', () => {
  it("buildStyle's style passes MapLibre's own validation, in both languages", () => {
    for (const lang of ['fa', 'en'] as const) {
      const style = buildStyle(loadModel(), shapes(), lang, DEFAULT_THEME, 'SAU', ['IRN']);
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    }
  });

  it('buildStyle stays valid for a user corridor id named like an Object.prototype member', () => {
    const model = loadModel((dataset) => {
      const corridor = dataset.corridors[0];
      if (!corridor) throw new Error('the default dataset has corridors');
      for (const country of dataset.countries) {
        country.corridors = country.corridors.map((id) =>
          id === corridor.id ? 'constructor' : id,
        );
      }
      corridor.id = 'constructor';
    });
    expect(model.corridors.has('constructor')).toBe(true);
    const style = buildStyle(model, shapes(), 'en', DEFAULT_THEME);
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('buildStyle has no glyphs key: labels are drawn with the local font, nothing is fetched', () => {
    const style = buildStyle(loadModel(), shapes(), 'fa', DEFAULT_THEME);
    expect(style.version).toBe(8);
    expect('glyphs' in style).toBe(false);
  });

  it('buildStyle refers to no URL at all (no sprite, no tiles, no remote data)', () => {
    const text = JSON.stringify(buildStyle(loadModel(), shapes(), 'en', DEFAULT_THEME));
    expect(text).not.toMatch(/https?:|mapbox:|\.pbf|\{z\}/);
    expect(text).not.toContain('"sprite"');
  });

  it("every symbol layer draws its text in ['Vazirmatn'] with ['get', lang], in fa", () => {
    const symbols = buildStyle(loadModel(), shapes(), 'fa', DEFAULT_THEME).layers.filter(
      (layer) => layer.type === 'symbol',
    );
    expect(symbols.map((layer) => layer.id)).toEqual([
      LAYER.minorLabels,
      LAYER.labels,
      LAYER.corridorEnds,
      LAYER.places,
    ]);
    for (const layer of symbols) {
      expect(layer.layout?.['text-font']).toEqual(['Vazirmatn']);
      expect(layer.layout?.['text-field']).toEqual(['get', 'fa']);
    }
  });

  it("every symbol layer draws ['get', 'en'] in en", () => {
    const symbols = buildStyle(loadModel(), shapes(), 'en', DEFAULT_THEME).layers.filter(
      (layer) => layer.type === 'symbol',
    );
    expect(symbols.map((layer) => layer.layout?.['text-field'])).toEqual([
      ['get', 'en'],
      ['get', 'en'],
      ['get', 'en'],
      ['get', 'en'],
    ]);
  });

  it("corridorEndPoints(model, theme) gives each label its corridor's colour", () => {
    const features = corridorEndPoints(loadModel(), DEFAULT_THEME).features;
    const colours = new Map(features.map((f) => [f.properties.corridor, f.properties.color]));
    expect(colours.get('south-west')).toBe('rgb(200, 56, 34)');
    expect(colours.get('north-east')).toBe('rgb(32, 84, 170)');
  });

  it('corridorEndPoints labels the end of every leg once, not home', () => {
    const model = loadModel();
    const ids = corridorEndPoints(model).features.map((f) => f.properties.id);
    expect(ids).toEqual([
      'riyadh',
      'port-said',
      'port-sudan',
      'kashgar',
      'almaty',
      'dushanbe',
      'ashgabat',
      'tbilisi',
      'baku',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('MAP_FONT is Vazirmatn', () => {
    expect(MAP_FONT).toBe('Vazirmatn');
  });

  it('buildStyle has every layer the map module refers to, each id once', () => {
    const ids = buildStyle(loadModel(), shapes(), 'en', DEFAULT_THEME).layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of Object.values(LAYER)) expect(ids).toContain(id);
  });

  it('buildStyle passes the given shapes to the countries source unchanged', () => {
    const given = shapes();
    const source = buildStyle(loadModel(), given, 'en', DEFAULT_THEME).sources.countries;
    expect(source?.type === 'geojson' && source.data).toBe(given);
  });

  it('buildStyle outlines the selected country', () => {
    const style = buildStyle(loadModel(), shapes(), 'en', DEFAULT_THEME, 'SAU');
    const layer = layerById(style, LAYER.selected);
    expect(layer.type === 'line' && layer.filter).toEqual(['==', ['get', 'code'], 'SAU']);
  });

  it('buildStyle colours the sea and the land from the theme', () => {
    const style = buildStyle(loadModel(), shapes(), 'en', DEFAULT_THEME);
    const background = layerById(style, 'background');
    expect(background.type === 'background' && background.paint?.['background-color']).toBe(
      DEFAULT_THEME.background,
    );
    const fill = layerById(style, LAYER.fill);
    expect(fill.type === 'fill' && fill.paint?.['fill-color']).toEqual(
      countryFill(loadModel(), DEFAULT_THEME),
    );
  });

  it('a country under the pointer is its own colour darkened by 10%, in the same layer', () => {
    const fill = countryFill(loadModel(), DEFAULT_THEME) as unknown[];
    expect(fill.slice(0, 2)).toEqual(['case', ['boolean', ['feature-state', 'hover'], false]]);
    expect(fill[3]).toEqual(countryFillColor(loadModel(), DEFAULT_THEME));
    expect(matchOutput(fill[2] as never, 'IRN')).toBe(shade(DEFAULT_THEME.roles.iran, 0.9));
    expect(matchOutput(fill[2] as never, 'FRA')).toBe(shade(DEFAULT_THEME.land, 0.9));
  });

  it('shade darkens each channel of a #rrggbb colour and leaves other syntaxes alone', () => {
    expect(shade('#ffffff', 0.9)).toBe('#e6e6e6');
    expect(shade('#5fa894', 0.5)).toBe('#30544a');
    expect(shade('rgba(1,2,3,0.5)', 0.9)).toBe('rgba(1,2,3,0.5)');
  });
});

describe('countryFillColor', () => {
  it('countryFillColor maps IRN to the iran role colour', () => {
    expect(matchOutput(countryFillColor(loadModel(), DEFAULT_THEME), 'IRN')).toBe(
      DEFAULT_THEME.roles.iran,
    );
  });

  it('countryFillColor maps SAU to the partner colour (its first role)', () => {
    expect(matchOutput(countryFillColor(loadModel(), DEFAULT_THEME), 'SAU')).toBe(
      DEFAULT_THEME.roles.partner,
    );
  });

  it('countryFillColor maps AFG to the transit colour', () => {
    expect(matchOutput(countryFillColor(loadModel(), DEFAULT_THEME), 'AFG')).toBe(
      DEFAULT_THEME.roles.transit,
    );
  });

  it('countryFillColor maps CHN to the destination colour', () => {
    expect(matchOutput(countryFillColor(loadModel(), DEFAULT_THEME), 'CHN')).toBe(
      DEFAULT_THEME.roles.destination,
    );
  });

  it('countryFillColor leaves countries the dataset does not describe, and unnamed shapes, as land', () => {
    const expression = countryFillColor(loadModel(), DEFAULT_THEME);
    expect(matchOutput(expression, 'FRA')).toBe(DEFAULT_THEME.land);
    expect(matchOutput(expression, '')).toBe(DEFAULT_THEME.land);
  });

  it('countryFillColor ends with theme.land and lists each described country exactly once', () => {
    const model = loadModel();
    const expression = countryFillColor(model, DEFAULT_THEME) as unknown[];
    expect(expression[expression.length - 1]).toBe(DEFAULT_THEME.land);
    const labels = expression.slice(2, -1).filter(Array.isArray).flat();
    expect([...labels].sort()).toEqual([...model.countries.keys()].sort());
  });

  it('countryFillColor gives every described country the colour of its first role', () => {
    const model = loadModel();
    const expression = countryFillColor(model, DEFAULT_THEME);
    for (const country of model.countries.values()) {
      const role = country.roles[0];
      if (!role) throw new Error(`${country.code} has no role`);
      expect(matchOutput(expression, country.code)).toBe(DEFAULT_THEME.roles[role]);
    }
  });

  it('countryFillColor of a dataset that describes no country is plain land', () => {
    const model = loadModel((dataset) => {
      dataset.countries = [];
    });
    expect(countryFillColor(model, DEFAULT_THEME)).toEqual(['to-color', DEFAULT_THEME.land]);
  });
});

describe('selectedFilter', () => {
  it("selectedFilter('SAU') matches the shape whose code is SAU", () => {
    expect(selectedFilter('SAU')).toEqual(['==', ['get', 'code'], 'SAU']);
  });

  it('selectedFilter(null) matches no real code, not even the empty code of unnamed shapes', () => {
    const filter = selectedFilter(null) as unknown[];
    expect(filter.slice(0, 2)).toEqual(['==', ['get', 'code']]);
    const value = filter[2] as string;
    expect(value).not.toBe('');
    expect(indexCountries(countryList).has(value)).toBe(false);
  });
});

describe('labelText', () => {
  it("labelText(lang) reads the feature's name in that language", () => {
    expect(labelText('fa')).toEqual(['get', 'fa']);
    expect(labelText('en')).toEqual(['get', 'en']);
  });
});

describe('countryLabelPoints', () => {
  it('countryLabelPoints has one point per registry country, at its label point', () => {
    const model = loadModel();
    const features = countryLabelPoints(model).features;
    expect(features).toHaveLength(model.registry.size);
    const sau = features.find((f) => f.properties.code === 'SAU');
    expect(sau?.geometry.coordinates).toEqual(model.registry.get('SAU')?.label);
    expect(sau?.properties).toMatchObject({ en: 'Saudi Arabia', fa: 'عربستان سعودی' });
  });

  it('countryLabelPoints ranks countries the dataset describes first (0) and the rest 1', () => {
    const model = loadModel();
    const rank = (code: string) =>
      countryLabelPoints(model).features.find((f) => f.properties.code === code)?.properties.rank;
    expect([rank('SAU'), rank('CHN'), rank('FRA')]).toEqual([0, 0, 1]);
  });
});

describe('placeLabelPoints', () => {
  it('placeLabelPoints names each meeting place, in both languages', () => {
    const features = placeLabelPoints(loadModel()).features;
    expect(features.map((f) => f.properties.id)).toEqual([
      'astana',
      'caracas',
      'havana',
      'dubai',
      'belgrade',
      'tehran',
    ]);
    expect(features[0]?.properties).toEqual({ id: 'astana', en: 'Astana', fa: 'آستانه' });
    expect(features[0]?.geometry.coordinates).toEqual([71.449, 51.169]);
  });
});

describe('marked place labels', () => {
  type Props = { id: string; en: string; fa: string; inferred: boolean; inference: string | null };
  const sourceProps = (style: StyleSpecification, source: string) => {
    const spec = style.sources[source];
    const data = spec?.type === 'geojson' ? spec.data : null;
    return (data as FeatureCollection<never, Props>).features.map((f) => f.properties);
  };

  it("buildStyle's meeting-place labels mark the inferred venues (Astana, Havana) in both languages, and only them", () => {
    const places = sourceProps(buildStyle(loadModel(), shapes(), 'en', DEFAULT_THEME), 'places');
    const byId = new Map(places.map((p) => [p.id, p]));
    expect(byId.get('astana')).toMatchObject({
      en: 'Astana (inferred)',
      // MapLibre lays Persian out right-to-left without mirroring brackets: a dot, not brackets.
      fa: 'آستانه · استنباطی',
      inferred: true,
      inference: 'venue',
    });
    expect(byId.get('havana')).toMatchObject({ en: 'Havana (inferred)', inferred: true });
    expect(byId.get('tehran')).toMatchObject({ en: 'Tehran', inferred: false, inference: null });
    expect(places.filter((p) => p.inferred).map((p) => p.id)).toEqual(['astana', 'havana']);
  });

  it("buildStyle's corridor-end labels draw the waypoints we chose as inferred, their mark said once in the legend", () => {
    const ends = sourceProps(
      buildStyle(loadModel(), shapes(), 'fa', DEFAULT_THEME),
      'corridor-ends',
    );
    const byId = new Map(ends.map((p) => [p.id, p]));
    expect(byId.get('kashgar')).toMatchObject({
      en: 'Kashgar',
      fa: 'کاشغر',
      inferred: true,
      inference: 'schematic',
    });
    expect(byId.get('riyadh')).toMatchObject({ en: 'Riyadh', inferred: false });
  });

  it('the place and corridor-end layers draw an inferred label in its own colour and opacity', () => {
    const layers = buildStyle(loadModel(), shapes(), 'en', DEFAULT_THEME).layers;
    const paint = (id: string) =>
      (layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
    expect(paint(LAYER.places)['text-color']).toEqual([
      'case',
      ['get', 'inferred'],
      INFERRED_LABEL.color,
      '#8a1c28',
    ]);
    for (const id of [LAYER.places, LAYER.corridorEnds]) {
      expect(paint(id)['text-opacity']).toEqual([
        'case',
        ['get', 'inferred'],
        INFERRED_LABEL.opacity,
        1,
      ]);
    }
  });

  it("markedPlaceLabels(dataset, points) falls back on the places' inArticle for a dataset of the user's own", () => {
    const model = loadModel();
    // Another topic: the default provenance no longer covers the dataset.
    const dataset = structuredClone(model.dataset);
    dataset.events[0]?.topics.push({ fa: 'تازه', en: 'New' });
    for (const place of dataset.places) place.inArticle = place.id !== 'havana';
    const marked = markedPlaceLabels(dataset, placeLabelPoints(model)).features;
    expect(marked.filter((f) => f.properties.inferred).map((f) => f.properties.en)).toEqual([
      'Havana (inferred)',
    ]);
  });
});
