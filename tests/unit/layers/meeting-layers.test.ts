// Unit tests of the meeting layer: the pulsing halo (the places and trips are MapLibre's:
// tests/unit/map/overlay-sources.test.ts and feature-states.test.ts).
import { ScatterplotLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import type { AtlasModel, MeetingSite } from '../../../src/data/atlas-model';
import { STILL_CLOCK, type Clock } from '../../../src/layers/flow';
import { buildMeetingLayers } from '../../../src/layers/meeting-layers';
import { DEFAULT_THEME } from '../../../src/theme';
import { loadModel, valueAt } from '../../fixtures/default-model';

function pulseLayer(model: AtlasModel, clock: Clock = STILL_CLOCK, time: string | null = null) {
  const [pulse] = buildMeetingLayers({ sites: model.sites, time, clock, theme: DEFAULT_THEME });
  if (!(pulse instanceof ScatterplotLayer)) throw new Error('expected a ScatterplotLayer');
  return pulse as ScatterplotLayer<MeetingSite>;
}

function siteOf(model: AtlasModel, placeId: string): MeetingSite {
  const site = model.sites.find((s) => s.place.id === placeId);
  if (!site) throw new Error(`no meeting site at ${placeId}`);
  return site;
}

const alpha = (color: unknown) => (color as number[])[3];

describe('buildMeetingLayers', () => {
  it("buildMeetingLayers returns ['meeting-pulse'] alone: deck.gl draws only what moves", () => {
    const model = loadModel();
    expect(
      buildMeetingLayers({
        sites: model.sites,
        time: null,
        clock: STILL_CLOCK,
        theme: DEFAULT_THEME,
      }).map((layer) => layer.id),
    ).toEqual(['meeting-pulse']);
  });

  it('meeting-pulse draws the sites array it is given itself', () => {
    const model = loadModel();
    expect(pulseLayer(model).props.data).toBe(model.sites);
  });

  it('meeting-pulse grows with clock.pulse: radiusScale is 1 + 2 × pulse', () => {
    expect(pulseLayer(loadModel(), { flowKm: 0, pulse: 0 }).props.radiusScale).toBe(1);
    expect(pulseLayer(loadModel(), { flowKm: 0, pulse: 0.5 }).props.radiusScale).toBe(2);
  });

  it('meeting-pulse fades with clock.pulse: opacity is 0.6 × (1 − pulse)', () => {
    expect(pulseLayer(loadModel(), { flowKm: 0, pulse: 0 }).props.opacity).toBeCloseTo(0.6, 12);
    expect(pulseLayer(loadModel(), { flowKm: 0, pulse: 0.75 }).props.opacity).toBeCloseTo(0.15, 12);
  });

  it("a halo starts at its place's radius (1 meeting → 6.5 px, 4 → 11 px)", () => {
    const model = loadModel();
    const pulse = pulseLayer(model);
    expect(valueAt(pulse.props.getRadius, siteOf(model, 'caracas'))).toBe(6.5);
    expect(valueAt(pulse.props.getRadius, siteOf(model, 'tehran'))).toBe(11);
  });

  it('the halo has the theme pulse colour when no timeline date is set', () => {
    const model = loadModel();
    expect(valueAt(pulseLayer(model).props.getLineColor, siteOf(model, 'tehran'))).toEqual(
      DEFAULT_THEME.meeting.pulse,
    );
  });

  it('the halo is not pickable: deck.gl never reads pixels back on hover', () => {
    expect(pulseLayer(loadModel()).props.pickable).toBe(false);
  });

  it('on the timeline only meetings under way pulse, recomputed when the date changes', () => {
    const model = loadModel();
    const pulse = pulseLayer(model, STILL_CLOCK, '2024-07-01');
    expect(alpha(valueAt(pulse.props.getLineColor, siteOf(model, 'astana')))).toBeGreaterThan(0);
    expect(alpha(valueAt(pulse.props.getLineColor, siteOf(model, 'caracas')))).toBe(0);
    expect(pulse.props.updateTriggers).toEqual({ getLineColor: ['2024-07-01'] });
  });
});
