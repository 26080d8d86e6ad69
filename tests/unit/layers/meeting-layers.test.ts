// Unit tests of the meeting layers: trip arcs, the pulsing halo and the meeting points.
import { ArcLayer, ScatterplotLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import type { AtlasModel, MeetingSite, TripArc } from '../../../src/data/atlas-model';
import { STILL_CLOCK, type Clock } from '../../../src/layers/flow';
import { buildMeetingLayers } from '../../../src/layers/meeting-layers';
import { DEFAULT_THEME } from '../../../src/layers/theme';
import { loadModel, valueAt } from '../../fixtures/default-model';

function layers(
  model: AtlasModel,
  selectedPlaces: string[] = [],
  clock: Clock = STILL_CLOCK,
  time: string | null = null,
) {
  const [arcs, pulse, points] = buildMeetingLayers({
    sites: model.sites,
    trips: model.trips,
    selectedPlaces: new Set(selectedPlaces),
    time,
    clock,
    theme: DEFAULT_THEME,
  });
  if (
    !(arcs instanceof ArcLayer) ||
    !(pulse instanceof ScatterplotLayer) ||
    !(points instanceof ScatterplotLayer)
  ) {
    throw new Error('expected an ArcLayer and two ScatterplotLayers');
  }
  return {
    arcs: arcs as ArcLayer<TripArc>,
    pulse: pulse as ScatterplotLayer<MeetingSite>,
    points: points as ScatterplotLayer<MeetingSite>,
  };
}

function siteOf(model: AtlasModel, placeId: string): MeetingSite {
  const site = model.sites.find((s) => s.place.id === placeId);
  if (!site) throw new Error(`no meeting site at ${placeId}`);
  return site;
}

describe('buildMeetingLayers', () => {
  it("buildMeetingLayers returns ['trip-arcs', 'meeting-pulse', 'meeting-points']", () => {
    const model = loadModel();
    expect(
      buildMeetingLayers({
        sites: model.sites,
        trips: model.trips,
        selectedPlaces: new Set(),
        time: null,
        clock: STILL_CLOCK,
        theme: DEFAULT_THEME,
      }).map((layer) => layer.id),
    ).toEqual(['trip-arcs', 'meeting-pulse', 'meeting-points']);
  });

  it('trip-arcs draws the model trips array itself, as great circles from home', () => {
    const model = loadModel();
    const { arcs } = layers(model);
    expect(arcs.props.data).toBe(model.trips);
    expect(arcs.props.greatCircle).toBe(true);
    const [first] = model.trips;
    if (!first) throw new Error('no trips');
    expect(valueAt(arcs.props.getSourcePosition, first)).toEqual([51.389, 35.689]);
    expect(valueAt(arcs.props.getTargetPosition, first)).toEqual(first.to.coordinates);
  });

  it('meeting-pulse and meeting-points draw the model sites array itself', () => {
    const model = loadModel();
    const { pulse, points } = layers(model);
    expect(pulse.props.data).toBe(model.sites);
    expect(points.props.data).toBe(model.sites);
  });

  it('meeting-pulse grows with clock.pulse: radiusScale is 1 + 2 × pulse', () => {
    expect(layers(loadModel(), [], { flowKm: 0, pulse: 0 }).pulse.props.radiusScale).toBe(1);
    expect(layers(loadModel(), [], { flowKm: 0, pulse: 0.5 }).pulse.props.radiusScale).toBe(2);
  });

  it('meeting-pulse fades with clock.pulse: opacity is 0.6 × (1 − pulse)', () => {
    expect(layers(loadModel(), [], { flowKm: 0, pulse: 0 }).pulse.props.opacity).toBeCloseTo(
      0.6,
      12,
    );
    expect(layers(loadModel(), [], { flowKm: 0, pulse: 0.75 }).pulse.props.opacity).toBeCloseTo(
      0.15,
      12,
    );
  });

  it('a meeting point grows with its number of meetings (1 → 6.5 px, 2 → 8 px, 4 → 11 px)', () => {
    const model = loadModel();
    const { points } = layers(model);
    expect(valueAt(points.props.getRadius, siteOf(model, 'caracas'))).toBe(6.5);
    expect(valueAt(points.props.getRadius, siteOf(model, 'astana'))).toBe(8);
    expect(valueAt(points.props.getRadius, siteOf(model, 'tehran'))).toBe(11);
  });

  it('meeting points of the selected places are drawn 1.4 times larger', () => {
    const model = loadModel();
    const { points } = layers(model, ['astana']);
    expect(valueAt(points.props.getRadius, siteOf(model, 'astana'))).toBeCloseTo(8 * 1.4, 12);
    expect(valueAt(points.props.getRadius, siteOf(model, 'caracas'))).toBe(6.5);
  });

  it('the meeting points recompute their radius when the selected places change', () => {
    const { points } = layers(loadModel(), ['tehran', 'astana']);
    expect(points.props.updateTriggers).toEqual({
      getRadius: ['astana,tehran'],
      getFillColor: [null],
    });
  });

  it('meeting colours come from the theme when no timeline date is set', () => {
    const model = loadModel();
    const { arcs, pulse, points } = layers(model);
    const site = siteOf(model, 'tehran');
    expect(valueAt(points.props.getFillColor, site)).toEqual(DEFAULT_THEME.meeting.fill);
    expect(valueAt(pulse.props.getLineColor, site)).toEqual(DEFAULT_THEME.meeting.pulse);
    expect(valueAt(arcs.props.getTargetColor, model.trips[0]!)).toEqual(DEFAULT_THEME.trip.target);
  });

  it('meeting points and trip arcs are pickable; the halo is not', () => {
    const { arcs, pulse, points } = layers(loadModel());
    expect([arcs.props.pickable, pulse.props.pickable, points.props.pickable]).toEqual([
      true,
      false,
      true,
    ]);
  });
});

describe('buildMeetingLayers on the timeline', () => {
  it('a meeting still to come is a faint dot, one under way is lit, one over is muted', () => {
    const model = loadModel();
    // 25 Jan 2025: early Bahman 1403 (the Saudi ambassador in Tehran), after Caracas, before Belgrade.
    const { points } = layers(model, [], STILL_CLOCK, '2025-01-25');
    const fill = (placeId: string) =>
      valueAt(points.props.getFillColor, siteOf(model, placeId)) as unknown as number[];
    expect(fill('tehran')).toEqual(DEFAULT_THEME.meeting.fill);
    expect(fill('caracas')).toEqual(DEFAULT_THEME.meeting.past);
    expect(fill('belgrade')).toEqual(DEFAULT_THEME.meeting.future);
  });

  it('the trip to a place still to come is not drawn, and only meetings under way pulse', () => {
    const model = loadModel();
    const { arcs, pulse } = layers(model, [], STILL_CLOCK, '2024-07-01');
    const belgrade = model.trips.find((trip) => trip.to.id === 'belgrade');
    const astana = model.trips.find((trip) => trip.to.id === 'astana');
    expect((valueAt(arcs.props.getTargetColor, belgrade!) as unknown as number[])[3]).toBe(0);
    expect((valueAt(arcs.props.getTargetColor, astana!) as unknown as number[])[3]).toBeGreaterThan(
      0,
    );
    expect(
      (valueAt(pulse.props.getLineColor, siteOf(model, 'astana')) as unknown as number[])[3],
    ).toBeGreaterThan(0);
    expect(
      (valueAt(pulse.props.getLineColor, siteOf(model, 'caracas')) as unknown as number[])[3],
    ).toBe(0);
  });
});
