// The still parts of the corridors and meetings, drawn by MapLibre (pure, no MapLibre import): corridor
// lines, the minister's trips and the meeting places, as GeoJSON sources and style layers. deck.gl draws
// only what moves (the flow and the halos), so it has two layers to draw each frame instead of five, and
// hover and clicks are answered from MapLibre's features on the CPU instead of pixels read back from the GPU.
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { AtlasModel } from '../data/atlas-model';
import { geodesicPath } from '../geo/geodesic';
import { corridorColors, corridorWidths, cssRgba, meetingRadius, type Theme } from '../theme';

/** Source ids of the still overlay. Feature ids are indexes into `model.legs`, `.trips`, `.sites`. */
export const OVERLAY_SOURCE = {
  corridors: 'corridors',
  trips: 'trips',
  meetings: 'meetings',
} as const;

/** Layer ids of the still overlay, bottom to top. */
export const OVERLAY_LAYER = {
  corridors: 'corridor-lines',
  trips: 'trip-lines',
  meetings: 'meeting-points',
} as const;

/**
 * Line widths in pixels: a corridor without a width of its own (highlighted, hovered; see
 * `corridorWidths`), a trip (hovered).
 */
export const WIDTH = {
  corridor: 3.5,
  highlighted: 5,
  corridorHovered: 6.5,
  trip: 2,
  tripHovered: 3.5,
} as const;

/** Colour of a hovered meeting place. */
const HOVER_MEETING = '#ffc800';

/**
 * A corridor's dash as MapLibre's `line-dasharray` (in line widths, like deck.gl's): a solid
 * corridor (`[0, 0]`) is one dash with no gap.
 *
 * @example
 * dashArray([0, 0]); // [1, 0]
 */
export function dashArray([dash, gap]: readonly [number, number]): [number, number] {
  return dash > 0 && gap > 0 ? [dash, gap] : [1, 0];
}

export interface CorridorLineProperties {
  corridor: string;
  /** `corridorId/legId`, as story chapters name legs. */
  leg: string;
  color: string;
  /** The dash pattern's key (see {@link dashKey}): MapLibre hands array properties back as strings. */
  dash: string;
  /** The still line's width in px: the file's `stroke-width` within 0.5–12, else 3.5. */
  width: number;
}

/**
 * The key of a dash pattern, as carried by a feature and matched by the layer's `line-dasharray`.
 *
 * @example
 * dashKey([2.5, 2]); // '2.5 2'
 */
export function dashKey(dash: readonly [number, number]): string {
  return dashArray(dash).join(' ');
}

/** `line-dasharray` by the feature's dash key, over every pattern the theme has. */
function dashExpression(theme: Theme): ExpressionSpecification {
  const patterns = new Map<string, [number, number]>();
  for (const style of [...Object.values(theme.corridors), ...theme.otherCorridors]) {
    patterns.set(dashKey(style.dash), dashArray(style.dash));
  }
  const branches = [...patterns].flatMap(([key, dash]) => [key, ['literal', dash]]);
  // The spec's tuple type cannot describe a match built from a list; a test checks the output.
  return [
    'match',
    ['get', 'dash'],
    ...branches,
    ['literal', [1, 0]],
  ] as unknown as ExpressionSpecification;
}

/**
 * One line per corridor leg, in `model.legs` order (the feature id is the index), coloured and
 * dashed as its corridor.
 *
 * @example
 * corridorLines(model, DEFAULT_THEME).features[0].properties.leg; // 'south-west/…'
 */
export function corridorLines(
  model: AtlasModel,
  theme: Theme,
): FeatureCollection<LineString, CorridorLineProperties> {
  return {
    type: 'FeatureCollection',
    features: model.legs.map((leg, id) => {
      const style = corridorColors(theme, leg.corridorId);
      return {
        type: 'Feature',
        id,
        geometry: { type: 'LineString', coordinates: leg.path.map(([lon, lat]) => [lon, lat]) },
        properties: {
          corridor: leg.corridorId,
          leg: `${leg.corridorId}/${leg.legId}`,
          color: cssRgba(style.base),
          dash: dashKey(style.dash),
          width: corridorWidths(model.corridors.get(leg.corridorId)?.style).line,
        },
      };
    }),
  };
}

/**
 * One great-circle line per trip, from home to the meeting place, in `model.trips` order.
 *
 * @example
 * tripLines(model).features[0].geometry.coordinates[0]; // home
 */
export function tripLines(model: AtlasModel): FeatureCollection<LineString, { event: string }> {
  return {
    type: 'FeatureCollection',
    features: model.trips.map((trip, id) => ({
      type: 'Feature',
      id,
      geometry: {
        type: 'LineString',
        coordinates: geodesicPath(trip.from.coordinates, trip.to.coordinates),
      },
      properties: { event: trip.event.id },
    })),
  };
}

/**
 * One point per meeting place, in `model.sites` order, with its radius.
 *
 * @example
 * meetingPoints(model).features.find((f) => f.properties.place === 'tehran');
 */
export function meetingPoints(
  model: AtlasModel,
): FeatureCollection<Point, { place: string; radius: number }> {
  return {
    type: 'FeatureCollection',
    features: model.sites.map((site, id) => ({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [...site.place.coordinates] },
      properties: { place: site.place.id, radius: meetingRadius(site) },
    })),
  };
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** Opacity that hides a feature whose `hidden` state is set (outside the focus, or still to come). */
const shown = (opacity: ExpressionSpecification | number = 1): ExpressionSpecification => [
  'case',
  state('hidden'),
  0,
  opacity,
];

/**
 * The still overlay's layers, bottom to top; they go between the country outlines and the labels,
 * so names stay readable over the lines. What changes with state (focus, highlight, timeline,
 * selection, hover) is read from feature state, set without rebuilding any data.
 *
 * @example
 * overlayLayers(DEFAULT_THEME).map((layer) => layer.id);
 */
export function overlayLayers(theme: Theme): (LineLayerSpecification | CircleLayerSpecification)[] {
  // Each line's own width (its file's stroke-width, or WIDTH.corridor), wider highlighted or hovered.
  const own: ExpressionSpecification = ['number', ['get', 'width'], WIDTH.corridor];
  const corridorWidth: ExpressionSpecification = [
    'case',
    state('hover'),
    ['+', own, WIDTH.corridorHovered - WIDTH.corridor],
    state('highlight'),
    ['+', own, WIDTH.highlighted - WIDTH.corridor],
    own,
  ];
  const round = { 'line-cap': 'round', 'line-join': 'round' } as const;
  return [
    {
      id: OVERLAY_LAYER.corridors,
      type: 'line',
      source: OVERLAY_SOURCE.corridors,
      layout: round,
      paint: {
        'line-color': ['get', 'color'],
        'line-width': corridorWidth,
        'line-dasharray': dashExpression(theme),
        'line-opacity': shown(['case', state('dim'), theme.dimmed, 1]),
      },
    },
    {
      id: OVERLAY_LAYER.trips,
      type: 'line',
      source: OVERLAY_SOURCE.trips,
      layout: round,
      paint: {
        'line-gradient': [
          'interpolate',
          ['linear'],
          ['line-progress'],
          0,
          cssRgba(theme.trip.source),
          1,
          cssRgba(theme.trip.target),
        ],
        'line-width': ['case', state('hover'), WIDTH.tripHovered, WIDTH.trip],
        'line-opacity': shown(),
      },
    },
    {
      id: OVERLAY_LAYER.meetings,
      type: 'circle',
      source: OVERLAY_SOURCE.meetings,
      paint: {
        'circle-radius': ['*', ['get', 'radius'], ['case', state('selected'), 1.4, 1]],
        'circle-color': [
          'case',
          state('hover'),
          HOVER_MEETING,
          [
            'match',
            ['to-string', ['feature-state', 'status']],
            'past',
            cssRgba(theme.meeting.past),
            'future',
            cssRgba(theme.meeting.future),
            cssRgba(theme.meeting.fill),
          ],
        ],
        'circle-stroke-color': cssRgba(theme.meeting.stroke),
        'circle-stroke-width': 2,
        'circle-opacity': shown(),
        'circle-stroke-opacity': shown(),
      },
    },
  ];
}
