// The MapLibre style, built in code from the model, the language and the theme (pure, no MapLibre import).
import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { AtlasModel } from '../data/atlas-model';
import type { CountryShapeProperties } from '../data/countries';
import type { CountryRole } from '../dataset';
import type { Theme } from '../theme';
import type { Lang } from '../state/state';
import {
  corridorLines,
  meetingPoints,
  OVERLAY_SOURCE,
  overlayLayers,
  tripLines,
} from './overlay-sources';
import { corridorEndPoints } from '../data/label-points';
import type { InferenceKind } from '../data/provenance';
import type { Dataset } from '../dataset';
import { markedLabel } from '../i18n/claim-text';

/** The font the map draws labels with; loaded by CSS and drawn locally, so no glyph server is needed. */
export const MAP_FONT = 'Vazirmatn';

/** Layer ids the map module refers to. */
export const LAYER = {
  fill: 'country-fill',
  border: 'country-border',
  selected: 'country-selected',
  labels: 'country-labels',
  minorLabels: 'country-labels-minor',
  places: 'place-labels',
  corridorEnds: 'corridor-end-labels',
} as const;

const ROLE_ORDER: CountryRole[] = ['iran', 'partner', 'transit', 'destination'];

/**
 * The fill colour expression: each described country by its first role, the rest plain land.
 *
 * @example
 * countryFillColor(model, DEFAULT_THEME); // ['match', ['get', 'code'], ['IRN'], '#5fa894', …]
 */
export function countryFillColor(model: AtlasModel, theme: Theme): ExpressionSpecification {
  const branches: (string | string[])[] = [];
  for (const role of ROLE_ORDER) {
    const codes = [...model.countries.values()]
      .filter((c) => c.roles[0] === role)
      .map((c) => c.code);
    if (codes.length > 0) branches.push(codes, theme.roles[role]);
  }
  if (branches.length === 0) return ['to-color', theme.land];
  // The spec's tuple type cannot describe a match built from a list; the shape is checked by a test.
  return ['match', ['get', 'code'], ...branches, theme.land] as unknown as ExpressionSpecification;
}

/** How much darker a country is under the pointer (as a 10% black veil over it). */
const HOVER_SHADE = 0.9;

/**
 * A `#rrggbb` colour darkened by `factor` (0–1); other colour syntaxes are returned as they are.
 *
 * @example
 * shade('#ffffff', 0.9); // '#e6e6e6'
 */
export function shade(color: string, factor: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return color;
  const channels = [0, 2, 4].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * factor));
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The country fill: {@link countryFillColor}, darkened under the pointer (feature state `hover`).
 * One layer does both, so MapLibre draws the countries once, not once more for the hover.
 *
 * @example
 * countryFill(model, DEFAULT_THEME); // ['case', ['boolean', ['feature-state', 'hover'], false], …]
 */
export function countryFill(model: AtlasModel, theme: Theme): ExpressionSpecification {
  const darker: Theme = {
    ...theme,
    land: shade(theme.land, HOVER_SHADE),
    roles: Object.fromEntries(
      Object.entries(theme.roles).map(([role, color]) => [role, shade(color, HOVER_SHADE)]),
    ) as Theme['roles'],
  };
  return [
    'case',
    ['boolean', ['feature-state', 'hover'], false],
    countryFillColor(model, darker),
    countryFillColor(model, theme),
  ];
}

/**
 * Filter of the selection outline: the selected country, or nothing.
 *
 * @example
 * selectedFilter('SAU'); // ['==', ['get', 'code'], 'SAU']
 */
export function selectedFilter(code: string | null): FilterSpecification {
  return ['==', ['get', 'code'], code ?? '\u0000'];
}

/**
 * Fill opacity that mutes the countries a story chapter does not emphasise (none emphasised: all
 * full).
 *
 * @example
 * emphasisOpacity(['SAU', 'IRN']); // ['case', ['in', ['get', 'code'], ['literal', [...]]], 1, 0.35]
 */
export function emphasisOpacity(countries: readonly string[]): ExpressionSpecification | number {
  if (countries.length === 0) return 1;
  return ['case', ['in', ['get', 'code'], ['literal', [...countries]]], 1, 0.35];
}

/**
 * The label text for a language: the name in that language.
 *
 * @example
 * labelText('fa'); // ['get', 'fa']
 */
export function labelText(lang: Lang): ExpressionSpecification {
  return ['get', lang];
}

/** Points where country names are drawn; countries the dataset describes rank first. */
export function countryLabelPoints(
  model: AtlasModel,
): FeatureCollection<Point, { code: string; en: string; fa: string; rank: number }> {
  return {
    type: 'FeatureCollection',
    features: [...model.registry.values()].map((country) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: country.label },
      properties: {
        code: country.code,
        en: country.name.en,
        fa: country.name.fa,
        rank: model.countries.has(country.code) ? 0 : 1,
      },
    })),
  };
}

/** Points of the meeting places, for their name labels. */
export function placeLabelPoints(
  model: AtlasModel,
): FeatureCollection<Point, { id: string; en: string; fa: string }> {
  return {
    type: 'FeatureCollection',
    features: model.sites.map(({ place }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: place.coordinates },
      properties: { id: place.id, en: place.name.en, fa: place.name.fa },
    })),
  };
}

/** A place label as the map draws it: its name in each language with the claim's mark, and whether it is ours. */
export type MarkedPlaceProperties<P> = P & { inferred: boolean; inference: InferenceKind | null };

/**
 * Place labels marked by the one rule ({@link markedLabel}): each feature's `en` and `fa` become the
 * place's name with its mark when the place is our inference ("Astana (inferred)"; in Persian
 * "آستانه · استنباطی", as MapLibre does not mirror brackets in right-to-left text), and `inferred`
 * tells the style to draw it in the inferred style. A waypoint we chose (Kashgar) keeps its name
 * alone, drawn in the inferred style: the legend says once that routes and end points are schematic.
 *
 * @example
 * markedPlaceLabels(model.dataset, placeLabelPoints(model)).features[0].properties.en; // "Astana (inferred)"
 */
export function markedPlaceLabels<P extends { id: string; en: string; fa: string }>(
  dataset: Dataset,
  points: FeatureCollection<Point, P>,
): FeatureCollection<Point, MarkedPlaceProperties<P>> {
  return {
    type: 'FeatureCollection',
    features: points.features.map((feature) => {
      const key = `place/${feature.properties.id}`;
      const en = markedLabel(dataset, key, feature.properties.en, 'en');
      const fa = markedLabel(dataset, key, feature.properties.fa, 'fa');
      return {
        ...feature,
        properties: {
          ...feature.properties,
          // A schematic waypoint's mark is said once, in the legend (MARKED_ONCE_ON_MAPS).
          en: en.mapText,
          // MapLibre does not mirror brackets in right-to-left labels: the Persian mark is set apart by a dot.
          fa: fa.mapDotted,
          inferred: en.inference !== null,
          inference: en.inference,
        },
      };
    }),
  };
}

/** How an inferred place label differs: lighter, so what the article says reads first. */
export const INFERRED_LABEL = { color: '#a8646c', opacity: 0.85 } as const;

/** A paint value that is `inferred` for a label of ours and `stated` for the article's. */
function byInference<T extends string | number>(stated: T | ExpressionSpecification, inferred: T) {
  return ['case', ['get', 'inferred'], inferred, stated] as ExpressionSpecification;
}

/**
 * Filters that keep the labels of what a focus draws: the ends of its legs, the places of its
 * events. A null list (everything drawn) filters nothing.
 *
 * @example
 * focusFilters(model, state.focus).corridorEnds; // ['in', ['get', 'leg'], ['literal', [...]]]
 */
export function focusFilters(
  model: AtlasModel,
  focus: { legs: readonly string[] | null; events: readonly string[] | null },
): { corridorEnds: FilterSpecification | null; places: FilterSpecification | null } {
  const places =
    focus.events === null
      ? null
      : [
          ...new Set(
            focus.events.flatMap((id) => {
              const place = model.events.get(id)?.place;
              return place ? [place] : [];
            }),
          ),
        ];
  return {
    corridorEnds: focus.legs === null ? null : ['in', ['get', 'leg'], ['literal', [...focus.legs]]],
    places: places === null ? null : ['in', ['get', 'id'], ['literal', places]],
  };
}

/**
 * The whole style: background, countries coloured by role, borders, hover and selection, the still
 * corridor lines, trips and meeting places, country and meeting-place labels in `lang`. No `glyphs` URL: MapLibre draws labels with the page's font,
 * so nothing is fetched from a glyph server and Persian is joined by the browser's text shaper.
 *
 * @example
 * new maplibregl.Map({ container, style: buildStyle(model, shapes, 'fa', DEFAULT_THEME) });
 */
export function buildStyle(
  model: AtlasModel,
  shapes: FeatureCollection<Polygon | MultiPolygon, CountryShapeProperties>,
  lang: Lang,
  theme: Theme,
  selected: string | null = null,
  emphasis: readonly string[] = [],
): StyleSpecification {
  const labelPaint = {
    'text-color': theme.label,
    'text-halo-color': theme.labelHalo,
    'text-halo-width': 1.6,
  };
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: shapes, tolerance: 0.45 },
      'country-labels': { type: 'geojson', data: countryLabelPoints(model) },
      places: { type: 'geojson', data: markedPlaceLabels(model.dataset, placeLabelPoints(model)) },
      'corridor-ends': {
        type: 'geojson',
        data: markedPlaceLabels(model.dataset, corridorEndPoints(model, theme)),
      },
      [OVERLAY_SOURCE.corridors]: { type: 'geojson', data: corridorLines(model, theme) },
      // Line metrics give each trip its gradient from home to the meeting place.
      [OVERLAY_SOURCE.trips]: { type: 'geojson', data: tripLines(model), lineMetrics: true },
      [OVERLAY_SOURCE.meetings]: { type: 'geojson', data: meetingPoints(model) },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': theme.background } },
      {
        id: LAYER.fill,
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': countryFill(model, theme),
          'fill-opacity': emphasisOpacity(emphasis),
          // The border layer draws the outlines: no second, antialiasing pass over every shape.
          'fill-antialias': false,
        },
      },
      {
        id: LAYER.border,
        type: 'line',
        source: 'countries',
        paint: { 'line-color': theme.border, 'line-width': 0.7 },
      },
      {
        id: LAYER.selected,
        type: 'line',
        source: 'countries',
        filter: selectedFilter(selected),
        paint: { 'line-color': theme.selectedBorder, 'line-width': 2.5 },
      },
      ...overlayLayers(theme),
      {
        id: LAYER.minorLabels,
        type: 'symbol',
        source: 'country-labels',
        minzoom: 3.5,
        filter: ['==', ['get', 'rank'], 1],
        layout: {
          'text-field': labelText(lang),
          'text-font': [MAP_FONT],
          'text-size': 11,
          'text-max-width': 7,
        },
        paint: { ...labelPaint, 'text-color': '#5b5b60' },
      },
      {
        id: LAYER.labels,
        type: 'symbol',
        source: 'country-labels',
        filter: ['==', ['get', 'rank'], 0],
        layout: {
          'text-field': labelText(lang),
          'text-font': [MAP_FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 12, 6, 17],
          'text-max-width': 8,
        },
        paint: labelPaint,
      },
      {
        id: LAYER.corridorEnds,
        type: 'symbol',
        source: 'corridor-ends',
        layout: {
          'text-field': labelText(lang),
          'text-font': [MAP_FONT],
          'text-size': 11.5,
          'text-anchor': 'bottom',
          'text-offset': [0, -0.5],
          'text-optional': true,
        },
        paint: {
          ...labelPaint,
          'text-color': ['get', 'color'],
          'text-opacity': byInference(1, INFERRED_LABEL.opacity),
        },
      },
      {
        id: LAYER.places,
        type: 'symbol',
        source: 'places',
        layout: {
          'text-field': labelText(lang),
          'text-font': [MAP_FONT],
          'text-size': 12,
          'text-anchor': 'top',
          'text-offset': [0, 0.9],
          'text-optional': true,
        },
        paint: {
          ...labelPaint,
          'text-color': byInference('#8a1c28', INFERRED_LABEL.color),
          'text-opacity': byInference(1, INFERRED_LABEL.opacity),
        },
      },
    ],
  };
}
