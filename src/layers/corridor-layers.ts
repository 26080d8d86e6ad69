// deck.gl layers of the corridors: a static base line and the animated directional flow.
import { PathLayer } from '@deck.gl/layers';
import { TripsLayer } from '@deck.gl/geo-layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { LegGeometry } from '../geo/corridor-geometry';
import { corridorColors, type Rgba, type Theme } from './theme';
import { FLOW_TRAIL_KM, flowTrips, type Clock, type FlowTrip } from './flow';

export interface CorridorLayerInput {
  legs: readonly LegGeometry[];
  /** The highlighted corridor id; others are dimmed. */
  highlight: string | null;
  clock: Clock;
  theme: Theme;
}

/** One instance for every render: deck.gl compares extensions by identity. */
const DASHES = [new PathStyleExtension({ dash: true, highPrecisionDash: true })];

const dim = (color: Rgba, factor: number): Rgba => [
  color[0],
  color[1],
  color[2],
  Math.round(color[3] * factor),
];

/**
 * The corridor base lines (pickable, for hover and tooltip) and their flow. Only `currentTime`
 * changes from frame to frame; data arrays keep their identity.
 *
 * @example
 * buildCorridorLayers({ legs: model.legs, highlight: null, clock: STILL_CLOCK, theme: DEFAULT_THEME });
 */
export function buildCorridorLayers({ legs, highlight, clock, theme }: CorridorLayerInput) {
  const factor = (corridorId: string) =>
    highlight === null || highlight === corridorId ? 1 : theme.dimmed;
  return [
    new PathLayer<LegGeometry, PathStyleExtensionProps<LegGeometry>>({
      id: 'corridor-base',
      data: legs,
      getPath: (leg) => leg.path,
      getColor: (leg) => dim(corridorColors(theme, leg.corridorId).base, factor(leg.corridorId)),
      getWidth: (leg) => (highlight === leg.corridorId ? 5 : 3.5),
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      // Told apart without colour: each corridor has its own dash pattern.
      getDashArray: (leg) => corridorColors(theme, leg.corridorId).dash,
      dashJustified: true,
      extensions: DASHES,
      pickable: true,
      autoHighlight: true,
      highlightColor: [255, 255, 255, 120],
      updateTriggers: { getColor: [highlight], getWidth: [highlight] },
    }),
    new TripsLayer<FlowTrip>({
      id: 'corridor-flow',
      data: flowTrips(legs),
      getPath: (trip) => trip.leg.path,
      getTimestamps: (trip) => trip.timestamps,
      getColor: (trip) =>
        dim(corridorColors(theme, trip.leg.corridorId).flow, factor(trip.leg.corridorId)),
      getWidth: 5,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      // No dash here: TripsLayer + PathStyleExtension passes WebGL's 16-attribute limit (SwiftShader).
      fadeTrail: true,
      trailLength: FLOW_TRAIL_KM,
      currentTime: clock.flowKm,
      updateTriggers: { getColor: [highlight] },
    }),
  ];
}
