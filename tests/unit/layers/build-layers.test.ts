// Unit tests of buildLayers: the frame's layer list from state, model, theme and clock.
import { TripsLayer } from '@deck.gl/geo-layers';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import type { AtlasModel, MeetingSite } from '../../../src/data/atlas-model';
import type { LegGeometry } from '../../../src/geo/corridor-geometry';
import { STILL_CLOCK, clockAt, type Clock } from '../../../src/layers/flow';
import { buildLayers } from '../../../src/layers/index';
import { DEFAULT_THEME } from '../../../src/layers/theme';
import { initialState, reduce, type State } from '../../../src/state/state';
import { loadModel, valueAt } from '../../fixtures/default-model';

function selecting(code: string): State {
  return reduce(initialState('en'), { type: 'selectCountry', code, focus: false });
}

function flowLayer(state: State, model: AtlasModel, clock: Clock) {
  const layer = buildLayers(state, model, DEFAULT_THEME, clock).find(
    (l) => l.id === 'corridor-flow',
  );
  if (!(layer instanceof TripsLayer)) throw new Error('corridor-flow is not a TripsLayer');
  return layer;
}

function scatterLayer(state: State, model: AtlasModel, clock: Clock, id: string) {
  const layer = buildLayers(state, model, DEFAULT_THEME, clock).find((l) => l.id === id);
  if (!(layer instanceof ScatterplotLayer)) throw new Error(`${id} is not a ScatterplotLayer`);
  return layer as ScatterplotLayer<MeetingSite>;
}

/** Radius of each meeting site's point, by place id. */
function radii(state: State, model: AtlasModel): Record<string, number> {
  const points = scatterLayer(state, model, STILL_CLOCK, 'meeting-points');
  return Object.fromEntries(
    model.sites.map((site) => [site.place.id, valueAt(points.props.getRadius, site)]),
  );
}

describe('buildLayers', () => {
  it('buildLayers draws, bottom to top, corridor-base, corridor-flow, trip-arcs, meeting-pulse, meeting-points', () => {
    const ids = buildLayers(initialState('en'), loadModel(), DEFAULT_THEME, STILL_CLOCK).map(
      (layer) => layer.id,
    );
    expect(ids).toEqual([
      'corridor-base',
      'corridor-flow',
      'trip-arcs',
      'meeting-pulse',
      'meeting-points',
    ]);
  });

  it('corridor-flow currentTime is clock.flowKm', () => {
    const clock = clockAt(1.25);
    expect(flowLayer(initialState('en'), loadModel(), clock).props.currentTime).toBe(750);
  });

  it('every layer keeps its data array identity between frames with different clocks', () => {
    const model = loadModel();
    const state = initialState('en');
    const first = buildLayers(state, model, DEFAULT_THEME, clockAt(0.4));
    const second = buildLayers(state, model, DEFAULT_THEME, clockAt(1.9));
    expect(second.map((layer) => layer.id)).toEqual(first.map((layer) => layer.id));
    second.forEach((layer, i) => expect(layer.props.data).toBe(first[i]?.props.data));
  });

  it('every layer keeps its data array identity when the selection and highlight change', () => {
    const model = loadModel();
    const first = buildLayers(initialState('en'), model, DEFAULT_THEME, STILL_CLOCK);
    const changed = reduce(selecting('KAZ'), { type: 'highlightCorridor', corridor: 'south-west' });
    const second = buildLayers(changed, model, DEFAULT_THEME, STILL_CLOCK);
    second.forEach((layer, i) => expect(layer.props.data).toBe(first[i]?.props.data));
  });

  it('with STILL_CLOCK every frame is the same: flow at 720 km, halo at 1.7× and 0.39 opacity', () => {
    const model = loadModel();
    const frames = [0, 1].map(() => ({
      flowKm: flowLayer(initialState('en'), model, STILL_CLOCK).props.currentTime,
      pulse: scatterLayer(initialState('en'), model, STILL_CLOCK, 'meeting-pulse').props,
    }));
    for (const { flowKm, pulse } of frames) {
      expect(flowKm).toBe(720);
      expect(pulse.radiusScale).toBeCloseTo(1.7, 12);
      expect(pulse.opacity).toBeCloseTo(0.39, 12);
    }
  });

  it('the halo follows clock.pulse', () => {
    const pulse = scatterLayer(
      initialState('en'),
      loadModel(),
      { flowKm: 0, pulse: 0.25 },
      'meeting-pulse',
    );
    expect(pulse.props.radiusScale).toBe(1.5);
    expect(pulse.props.opacity).toBeCloseTo(0.45, 12);
  });

  it('with no country selected every meeting point has its base radius', () => {
    expect(radii(initialState('en'), loadModel())).toEqual({
      astana: 8,
      caracas: 6.5,
      havana: 6.5,
      dubai: 6.5,
      belgrade: 6.5,
      tehran: 11,
    });
  });

  it('selecting KAZ enlarges Astana, where its meetings were held, and nothing else', () => {
    const model = loadModel();
    const base = radii(initialState('en'), model);
    const selected = radii(selecting('KAZ'), model);
    expect(selected.astana).toBeCloseTo((base.astana ?? NaN) * 1.4, 12);
    expect({ ...selected, astana: base.astana }).toEqual(base);
  });

  it('selecting SAU enlarges Tehran, where the Saudi ambassador was received', () => {
    const model = loadModel();
    const selected = radii(selecting('SAU'), model);
    expect(selected.tehran).toBeCloseTo(11 * 1.4, 12);
    expect(selected.astana).toBe(8);
  });

  it('selecting a country with no meetings (CHN) enlarges no meeting point', () => {
    const model = loadModel();
    expect(radii(selecting('CHN'), model)).toEqual(radii(initialState('en'), model));
  });

  it('the highlighted corridor of the state dims the other corridor', () => {
    const model = loadModel();
    const state = reduce(initialState('en'), { type: 'highlightCorridor', corridor: 'north-east' });
    const base = buildLayers(state, model, DEFAULT_THEME, STILL_CLOCK)[0];
    const leg = model.legs.find((l) => l.corridorId === 'south-west');
    if (!(base instanceof PathLayer) || !leg) throw new Error('missing base layer or leg');
    expect(valueAt((base as PathLayer<LegGeometry>).props.getColor, leg)).toEqual([
      200, 56, 34, 38,
    ]);
  });
});
