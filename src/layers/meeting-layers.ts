// The deck.gl layer of the meetings: the pulsing halo of each place where a meeting is under way. The
// places themselves and the minister's trips are MapLibre's (src/map/overlay-sources.ts).
import { ScatterplotLayer } from '@deck.gl/layers';
import type { MeetingSite } from '../data/atlas-model';
import type { Clock } from './flow';
import { meetingRadius, type Rgba, type Theme } from '../theme';
import { groupStatus } from '../state/selectors';

export interface MeetingLayerInput {
  sites: readonly MeetingSite[];
  /** The timeline's date: only places whose meetings are under way pulse. Null: all do. */
  time: string | null;
  clock: Clock;
  theme: Theme;
}

const HIDDEN: Rgba = [0, 0, 0, 0];

/**
 * The pulsing halos. They grow and fade with `clock.pulse` through layer-wide props, so no attribute
 * is recomputed per frame. With a timeline date, only a place with a meeting under way pulses.
 *
 * @example
 * buildMeetingLayers({ sites: model.sites, time: null, clock: STILL_CLOCK, theme: DEFAULT_THEME });
 */
export function buildMeetingLayers({ sites, time, clock, theme }: MeetingLayerInput) {
  return [
    new ScatterplotLayer<MeetingSite>({
      id: 'meeting-pulse',
      data: sites,
      getPosition: (site) => site.place.coordinates,
      getRadius: meetingRadius,
      radiusUnits: 'pixels',
      radiusScale: 1 + 2 * clock.pulse,
      opacity: 0.6 * (1 - clock.pulse),
      stroked: true,
      filled: false,
      getLineColor: (site) =>
        groupStatus(site.events, time) === 'active' ? theme.meeting.pulse : HIDDEN,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      updateTriggers: { getLineColor: [time] },
    }),
  ];
}
