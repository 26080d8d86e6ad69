// Unit tests of the corridor layers: stable ids and data, the flow's clock, and highlight dimming.
import { TripsLayer } from '@deck.gl/geo-layers';
import type { PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer } from '@deck.gl/layers';
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
import { DEFAULT_THEME, type Theme } from '../../../src/layers/theme';
import { loadModel, valueAt } from '../../fixtures/default-model';

function layers(
  model: AtlasModel,
  highlight: string | null,
  clock: Clock = STILL_CLOCK,
  theme: Theme = DEFAULT_THEME,
) {
  const [base, flow] = buildCorridorLayers({ legs: model.legs, highlight, clock, theme });
  if (!(base instanceof PathLayer) || !(flow instanceof TripsLayer)) {
    throw new Error('expected a PathLayer and a TripsLayer');
  }
  return {
    base: base as PathLayer<LegGeometry, PathStyleExtensionProps<LegGeometry>>,
    flow: flow as TripsLayer<FlowTrip>,
  };
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
  it("buildCorridorLayers returns ['corridor-base', 'corridor-flow']", () => {
    const model = loadModel();
    expect(
      buildCorridorLayers({
        legs: model.legs,
        highlight: null,
        clock: STILL_CLOCK,
        theme: DEFAULT_THEME,
      }).map((layer) => layer.id),
    ).toEqual(['corridor-base', 'corridor-flow']);
  });

  it('corridor-base draws the model legs array itself', () => {
    const model = loadModel();
    expect(layers(model, null).base.props.data).toBe(model.legs);
  });

  it('corridor-flow draws the memoised flowTrips(legs) array', () => {
    const model = loadModel();
    expect(layers(model, null).flow.props.data).toBe(flowTrips(model.legs));
  });

  it('corridor-flow currentTime is clock.flowKm', () => {
    expect(layers(loadModel(), null, { flowKm: 345.5, pulse: 0.1 }).flow.props.currentTime).toBe(
      345.5,
    );
  });

  it('corridor-flow has a fading trail FLOW_TRAIL_KM long', () => {
    const { flow } = layers(loadModel(), null);
    expect(flow.props.trailLength).toBe(FLOW_TRAIL_KM);
    expect(flow.props.fadeTrail).toBe(true);
  });

  it('corridor-base is pickable, for hover and tooltips', () => {
    expect(layers(loadModel(), null).base.props.pickable).toBe(true);
  });

  it("without a highlight each leg has its corridor's base colour from the theme", () => {
    const model = loadModel();
    const { base } = layers(model, null);
    expect(valueAt(base.props.getColor, legOf(model, 'south-west'))).toEqual([200, 56, 34, 150]);
    expect(valueAt(base.props.getColor, legOf(model, 'north-east'))).toEqual([32, 84, 170, 150]);
  });

  it('highlighting south-west dims the base colour of north-east to a quarter of its alpha', () => {
    const model = loadModel();
    const { base } = layers(model, 'south-west');
    expect(valueAt(base.props.getColor, legOf(model, 'north-east'))).toEqual([32, 84, 170, 38]);
  });

  it('highlighting south-west keeps its own base colour', () => {
    const model = loadModel();
    const { base } = layers(model, 'south-west');
    expect(valueAt(base.props.getColor, legOf(model, 'south-west'))).toEqual([200, 56, 34, 150]);
  });

  it('highlighting north-east dims the flow of south-west and not its own', () => {
    const model = loadModel();
    const { flow } = layers(model, 'north-east');
    expect(valueAt(flow.props.getColor, tripOf(model, 'south-west'))).toEqual([255, 107, 53, 64]);
    expect(valueAt(flow.props.getColor, tripOf(model, 'north-east'))).toEqual([64, 140, 255, 255]);
  });

  it('the highlighted corridor is drawn wider (5 px) than the others (3.5 px)', () => {
    const model = loadModel();
    const { base } = layers(model, 'north-east');
    expect(valueAt(base.props.getWidth, legOf(model, 'north-east'))).toBe(5);
    expect(valueAt(base.props.getWidth, legOf(model, 'south-west'))).toBe(3.5);
  });

  it('the colour and width accessors are recomputed when the highlight changes (updateTriggers)', () => {
    const { base, flow } = layers(loadModel(), 'south-west');
    expect(base.props.updateTriggers).toEqual({
      getColor: ['south-west'],
      getWidth: ['south-west'],
    });
    expect(flow.props.updateTriggers).toEqual({ getColor: ['south-west'] });
  });

  it('colours come from the theme it is given', () => {
    const model = loadModel();
    const theme = structuredClone(DEFAULT_THEME);
    theme.corridors['south-west'] = { base: [1, 2, 3, 200], flow: [4, 5, 6, 100], dash: [0, 0] };
    const { base } = layers(model, null, STILL_CLOCK, theme);
    expect(valueAt(base.props.getColor, legOf(model, 'south-west'))).toEqual([1, 2, 3, 200]);
  });

  it('a corridor the theme does not name is drawn in one of its other corridor colours', () => {
    const model = loadModel();
    const leg: LegGeometry = { ...legOf(model, 'south-west'), corridorId: 'user-corridor' };
    const { base } = layers(model, null);
    const bases = DEFAULT_THEME.otherCorridors.map((style) => style.base);
    expect(bases).toContainEqual(valueAt(base.props.getColor, leg));
  });

  it('each corridor has its own dash pattern (the two are told apart without colour)', () => {
    const model = loadModel();
    const { base } = layers(model, null);
    const south = valueAt(base.props.getDashArray, legOf(model, 'south-west'));
    const north = valueAt(base.props.getDashArray, legOf(model, 'north-east'));
    expect(south).toEqual(DEFAULT_THEME.corridors['south-west']?.dash);
    expect(north).not.toEqual(south);
  });
});
