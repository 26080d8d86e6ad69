// deck.gl layers of the meetings: places as pulsing points, and the minister's trips as arcs from home.
import { ArcLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { MeetingSite, TripArc } from '../data/atlas-model';
import type { Clock } from './flow';
import type { Rgba, Theme } from './theme';
import { eventStatus, groupStatus, type TimeStatus } from './time-status';

export interface MeetingLayerInput {
  sites: readonly MeetingSite[];
  trips: readonly TripArc[];
  /** Events of the selected country, whose places are drawn larger. */
  selectedPlaces: ReadonlySet<string>;
  /** The timeline's date: places light up as their meetings begin. Null: all lit. */
  time: string | null;
  clock: Clock;
  theme: Theme;
}

const HIDDEN: Rgba = [0, 0, 0, 0];

const radiusOf = (site: MeetingSite) => 5 + 1.5 * Math.min(site.events.length, 4);

/**
 * Trip arcs, the pulsing halos and the meeting points (pickable). The halo grows and fades with
 * `clock.pulse` through layer-wide props, so no attribute is recomputed per frame. With a timeline
 * date, a meeting still to come is a faint dot and its trip is not drawn; one under way pulses;
 * one that is over stays, without the halo.
 *
 * @example
 * buildMeetingLayers({ sites: model.sites, trips: model.trips, selectedPlaces: new Set(),
 *   clock: STILL_CLOCK, theme: DEFAULT_THEME });
 */
export function buildMeetingLayers({
  sites,
  trips,
  selectedPlaces,
  time,
  clock,
  theme,
}: MeetingLayerInput) {
  const selectedKey = [...selectedPlaces].sort().join(',');
  const status = (site: MeetingSite): TimeStatus => groupStatus(site.events, time);
  const fill: Record<TimeStatus, Rgba> = {
    active: theme.meeting.fill,
    past: theme.meeting.past,
    future: theme.meeting.future,
  };
  return [
    new ArcLayer<TripArc>({
      id: 'trip-arcs',
      data: trips,
      getSourcePosition: (trip) => trip.from.coordinates,
      getTargetPosition: (trip) => trip.to.coordinates,
      getSourceColor: (trip) =>
        eventStatus(trip.event, time) === 'future' ? HIDDEN : theme.trip.source,
      getTargetColor: (trip) =>
        eventStatus(trip.event, time) === 'future' ? HIDDEN : theme.trip.target,
      getWidth: 2,
      widthUnits: 'pixels',
      greatCircle: true,
      getHeight: 0.4,
      pickable: true,
      autoHighlight: true,
      highlightColor: [214, 40, 57, 255],
      updateTriggers: { getSourceColor: [time], getTargetColor: [time] },
    }),
    new ScatterplotLayer<MeetingSite>({
      id: 'meeting-pulse',
      data: sites,
      getPosition: (site) => site.place.coordinates,
      getRadius: radiusOf,
      radiusUnits: 'pixels',
      radiusScale: 1 + 2 * clock.pulse,
      opacity: 0.6 * (1 - clock.pulse),
      stroked: true,
      filled: false,
      getLineColor: (site) => (status(site) === 'active' ? theme.meeting.pulse : HIDDEN),
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      updateTriggers: { getLineColor: [time] },
    }),
    new ScatterplotLayer<MeetingSite>({
      id: 'meeting-points',
      data: sites,
      getPosition: (site) => site.place.coordinates,
      getRadius: (site) => radiusOf(site) * (selectedPlaces.has(site.place.id) ? 1.4 : 1),
      radiusUnits: 'pixels',
      getFillColor: (site) => fill[status(site)],
      getLineColor: theme.meeting.stroke,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      stroked: true,
      pickable: true,
      autoHighlight: true,
      highlightColor: [255, 200, 0, 255],
      updateTriggers: { getRadius: [selectedKey], getFillColor: [time] },
    }),
  ];
}
