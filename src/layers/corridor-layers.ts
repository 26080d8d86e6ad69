// The deck.gl layer of the corridors: their animated directional flow. The still lines under it are
// MapLibre's (src/map/overlay-sources.ts): deck.gl redraws every layer every frame, MapLibre only when
// the camera or the data changes.
import { TripsLayer } from '@deck.gl/geo-layers';
import type { LegGeometry } from '../geo/corridor-geometry';
import type { Style } from '../dataset';
import { corridorColors, corridorWidths, type Rgba, type Theme } from '../theme';
import { FLOW_TRAIL_KM, flowTrips, type Clock, type FlowTrip } from './flow';

export interface CorridorLayerInput {
  legs: readonly LegGeometry[];
  /** The highlighted corridor id; others are dimmed. */
  highlight: string | null;
  clock: Clock;
  theme: Theme;
  /** The dataset's corridors by id, for a file's `stroke-width`; without it every flow is 5 px. */
  corridors?: ReadonlyMap<string, { style?: Style }>;
}

const NO_CORRIDORS: ReadonlyMap<string, { style?: Style }> = new Map();

const dim = (color: Rgba, factor: number): Rgba => [
  color[0],
  color[1],
  color[2],
  Math.round(color[3] * factor),
];

/**
 * The corridors' flow. Only `currentTime` changes from frame to frame; data arrays keep their
 * identity. Not pickable: hover and clicks are answered by the still lines under it.
 *
 * @example
 * buildCorridorLayers({ legs: model.legs, highlight: null, clock: STILL_CLOCK, theme: DEFAULT_THEME });
 */
export function buildCorridorLayers({
  legs,
  highlight,
  clock,
  theme,
  corridors = NO_CORRIDORS,
}: CorridorLayerInput) {
  const factor = (corridorId: string) =>
    highlight === null || highlight === corridorId ? 1 : theme.dimmed;
  return [
    new TripsLayer<FlowTrip>({
      id: 'corridor-flow',
      data: flowTrips(legs),
      getPath: (trip) => trip.leg.path,
      getTimestamps: (trip) => trip.timestamps,
      getColor: (trip) =>
        dim(corridorColors(theme, trip.leg.corridorId).flow, factor(trip.leg.corridorId)),
      getWidth: (trip) => corridorWidths(corridors.get(trip.leg.corridorId)?.style).flow,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      fadeTrail: true,
      trailLength: FLOW_TRAIL_KM,
      currentTime: clock.flowKm,
      updateTriggers: { getColor: [highlight] },
    }),
  ];
}
