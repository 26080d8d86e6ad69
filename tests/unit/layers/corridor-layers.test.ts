// Unit tests of the corridor layer: the flow's id, data identity, clock and highlight dimming (the still
// lines are MapLibre's: tests/unit/map/overlay-sources.test.ts).
import { TripsLayer } from '@deck.gl/geo-layers';
import { describe, expect, it } from 'vitest';
import type { AtlasModel } from '../../../src/data/atlas-model';
import type { LegGeometry } from '../../../src/geo/corridor-geometry';
import { buildCorridorLayers } from '../../../src/layers/corridor-layers';
import {
  FLOW_TRAIL_KM,
  STILL_CLOCK,
  flowTrips,
  type Clock,
  type FlowTrip,
} from '../../../src/layers/flow';
import { DEFAULT_THEME, type Theme } from '../../../src/theme';
import { loadModel, valueAt } from '../../fixtures/default-model';

function flowLayer(
  model: AtlasModel,
  highlight: string | null,
  clock: Clock = STILL_CLOCK,
  theme: Theme = DEFAULT_THEME,
) {
  const [flow] = buildCorridorLayers({ legs: model.legs, highlight, clock, theme });
  if (!(flow instanceof TripsLayer)) throw new Error('expected a TripsLayer');
  return flow as TripsLayer<FlowTrip>;
}

/** The first leg of a corridor, and the first flow trip on it. */
function legOf(model: AtlasModel, corridorId: string): LegGeometry {
  const leg = model.legs.find((l) => l.corridorId === corridorId);
  if (!leg) throw new Error(`no leg of ${corridorId}`);
  return leg;
}

function tripOf(model: AtlasModel, corridorId: string): FlowTrip {
  const trip = flowTrips(model.legs).find((t) => t.leg.corridorId === corridorId);
  if (!trip) throw new Error(`no flow trip of ${corridorId}`);
  return trip;
}

describe('buildCorridorLayers', () => {
  it("buildCorridorLayers returns ['corridor-flow'] alone: deck.gl draws only what moves", () => {
    const model = loadModel();
    expect(
      buildCorridorLayers({
        legs: model.legs,
        highlight: null,
        clock: STILL_CLOCK,
        theme: DEFAULT_THEME,
      }).map((layer) => layer.id),
    ).toEqual(['corridor-flow']);
  });

  it('corridor-flow draws the memoised flowTrips(legs) array', () => {
    const model = loadModel();
    expect(flowLayer(model, null).props.data).toBe(flowTrips(model.legs));
  });

  it('corridor-flow currentTime is clock.flowKm', () => {
    expect(flowLayer(loadModel(), null, { flowKm: 345.5, pulse: 0.1 }).props.currentTime).toBe(
      345.5,
    );
  });

  it('corridor-flow has a fading trail FLOW_TRAIL_KM long', () => {
    const flow = flowLayer(loadModel(), null);
    expect(flow.props.trailLength).toBe(FLOW_TRAIL_KM);
    expect(flow.props.fadeTrail).toBe(true);
  });

  it('corridor-flow is not pickable: deck.gl never reads pixels back on hover', () => {
    expect(flowLayer(loadModel(), null).props.pickable).toBe(false);
  });

  it("without a highlight each flow has its corridor's flow colour from the theme", () => {
    const model = loadModel();
    const flow = flowLayer(model, null);
    expect(valueAt(flow.props.getColor, tripOf(model, 'south-west'))).toEqual([255, 107, 53, 255]);
    expect(valueAt(flow.props.getColor, tripOf(model, 'north-east'))).toEqual([64, 140, 255, 255]);
  });

  it('highlighting north-east dims the flow of south-west to a quarter of its alpha, not its own', () => {
    const model = loadModel();
    const flow = flowLayer(model, 'north-east');
    expect(valueAt(flow.props.getColor, tripOf(model, 'south-west'))).toEqual([255, 107, 53, 64]);
    expect(valueAt(flow.props.getColor, tripOf(model, 'north-east'))).toEqual([64, 140, 255, 255]);
  });

  it("each flow is 5 px wide, or 1.5 px wider than its file's stroke-width (kept within 0.5–12)", () => {
    const model = loadModel();
    const plain = buildCorridorLayers({
      legs: model.legs,
      highlight: null,
      clock: STILL_CLOCK,
      theme: DEFAULT_THEME,
      corridors: model.corridors,
    })[0] as TripsLayer<FlowTrip>;
    expect(valueAt(plain.props.getWidth, tripOf(model, 'south-west'))).toBe(5);
    const corridors = new Map([['south-west', { style: { width: 20 } }]]);
    const wide = buildCorridorLayers({
      legs: model.legs,
      highlight: null,
      clock: STILL_CLOCK,
      theme: DEFAULT_THEME,
      corridors,
    })[0] as TripsLayer<FlowTrip>;
    expect(valueAt(wide.props.getWidth, tripOf(model, 'south-west'))).toBe(13.5);
    expect(valueAt(wide.props.getWidth, tripOf(model, 'north-east'))).toBe(5);
  });

  it('the colour accessor is recomputed when the highlight changes (updateTriggers)', () => {
    expect(flowLayer(loadModel(), 'south-west').props.updateTriggers).toEqual({
      getColor: ['south-west'],
    });
  });

  it('colours come from the theme it is given', () => {
    const model = loadModel();
    const theme = structuredClone(DEFAULT_THEME);
    theme.corridors['south-west'] = { base: [1, 2, 3, 200], flow: [4, 5, 6, 100], dash: [0, 0] };
    const flow = flowLayer(model, null, STILL_CLOCK, theme);
    expect(valueAt(flow.props.getColor, tripOf(model, 'south-west'))).toEqual([4, 5, 6, 100]);
  });

  it('a corridor the theme does not name flows in one of its other corridor colours', () => {
    const model = loadModel();
    const trip: FlowTrip = {
      ...tripOf(model, 'south-west'),
      leg: { ...legOf(model, 'south-west'), corridorId: 'user-corridor' },
    };
    const flows = DEFAULT_THEME.otherCorridors.map((style) => style.flow);
    expect(flows).toContainEqual(valueAt(flowLayer(model, null).props.getColor, trip));
  });
});
