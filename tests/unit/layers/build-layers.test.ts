// Unit tests of buildLayers: the frame's layer list from state, model, theme and clock.
import { TripsLayer } from '@deck.gl/geo-layers';
import { ScatterplotLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import type { AtlasModel, MeetingSite } from '../../../src/data/atlas-model';
import { STILL_CLOCK, clockAt, type Clock, type FlowTrip } from '../../../src/layers/flow';
import { buildLayers } from '../../../src/layers/index';
import { DEFAULT_THEME } from '../../../src/theme';
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

describe('buildLayers', () => {
  it('buildLayers draws what moves, bottom to top: corridor-flow, meeting-pulse', () => {
    const ids = buildLayers(initialState('en'), loadModel(), DEFAULT_THEME, STILL_CLOCK).map(
      (layer) => layer.id,
    );
    expect(ids).toEqual(['corridor-flow', 'meeting-pulse']);
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

  it('the highlighted corridor of the state dims the flow of the other corridor', () => {
    const model = loadModel();
    const state = reduce(initialState('en'), { type: 'highlightCorridor', corridor: 'north-east' });
    const flow = flowLayer(state, model, STILL_CLOCK);
    const trip = (flow.props.data as FlowTrip[]).find((t) => t.leg.corridorId === 'south-west');
    if (!trip) throw new Error('no south-west flow');
    expect(valueAt(flow.props.getColor, trip)).toEqual([255, 107, 53, 64]);
  });

  it('a story chapter naming legs and events draws only their flow and halos', () => {
    const model = loadModel();
    const leg = model.legs[0];
    const site = model.sites.find((s) => s.place.id === 'astana');
    if (!leg || !site) throw new Error('fixture changed');
    const state: State = {
      ...initialState('en'),
      focus: {
        legs: [`${leg.corridorId}/${leg.legId}`],
        events: [site.events[0]!.id],
        countries: [],
      },
    };
    const flow = flowLayer(state, model, STILL_CLOCK);
    expect(new Set((flow.props.data as FlowTrip[]).map((t) => t.leg))).toEqual(new Set([leg]));
    const pulse = scatterLayer(state, model, STILL_CLOCK, 'meeting-pulse');
    expect((pulse.props.data as MeetingSite[]).map((s) => s.place.id)).toEqual(['astana']);
  });
});
