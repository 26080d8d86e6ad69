// The feature state of every still overlay feature for a state of the app (pure, no MapLibre import):
// what the focus hides, the highlighted corridor, the timeline's status of each place, the selection.
import type { AtlasModel } from '../data/atlas-model';
import { focusedLegs, focusedMeetings, selectedPlaces } from '../state/selectors';
import { eventStatus, groupStatus, type TimeStatus } from '../state/selectors';
import type { State } from '../state/state';

export interface CorridorFeatureState {
  hidden: boolean;
  /** Another corridor is highlighted. */
  dim: boolean;
  highlight: boolean;
}

export interface TripFeatureState {
  hidden: boolean;
}

export interface MeetingFeatureState {
  hidden: boolean;
  status: TimeStatus;
  selected: boolean;
}

/** Feature states by source, each array in the order of the source's features (ids are indexes). */
export interface OverlayFeatureStates {
  corridors: CorridorFeatureState[];
  trips: TripFeatureState[];
  meetings: MeetingFeatureState[];
}

/** The parts of the state the overlay's feature states are made from. */
const OVERLAY_INPUTS = ['focus', 'corridor', 'time', 'selectedCountry'] as const;
export type OverlayInputs = Pick<State, (typeof OVERLAY_INPUTS)[number]>;

/**
 * Whether the overlay's feature states can differ between two states (so a hover or a camera move
 * computes nothing).
 *
 * @example
 * overlayInputsChanged(previous, { ...previous, time: '2024-07-01' }); // true
 */
export function overlayInputsChanged(previous: OverlayInputs, next: OverlayInputs): boolean {
  return OVERLAY_INPUTS.some((key) => previous[key] !== next[key]);
}

/**
 * Feature states of the corridor legs, trips and meeting places for `state`: a leg or an event the
 * focus does not draw is hidden, as is a trip still to come on the timeline; the place's status is
 * that of its drawn meetings.
 *
 * @example
 * overlayFeatureStates(model, state).meetings[0]; // { hidden: false, status: 'active', selected: false }
 */
export function overlayFeatureStates(
  model: AtlasModel,
  state: OverlayInputs,
): OverlayFeatureStates {
  const legs = new Set(focusedLegs(model, state.focus));
  const { sites, trips } = focusedMeetings(model, state.focus);
  const drawnTrips = new Set(trips);
  const drawnSites = new Map(sites.map((site) => [site.place.id, site]));
  const selected = selectedPlaces(model, state.selectedCountry);
  const highlight = state.corridor;
  return {
    corridors: model.legs.map((leg) => ({
      hidden: !legs.has(leg),
      dim: highlight !== null && leg.corridorId !== highlight,
      highlight: highlight === leg.corridorId,
    })),
    trips: model.trips.map((trip) => ({
      hidden: !drawnTrips.has(trip) || eventStatus(trip.event, state.time) === 'future',
    })),
    meetings: model.sites.map((site) => {
      const drawn = drawnSites.get(site.place.id);
      return {
        hidden: drawn === undefined,
        status: groupStatus(drawn?.events ?? site.events, state.time),
        selected: selected.has(site.place.id),
      };
    }),
  };
}

/**
 * What a feature without feature state looks like (the layers' expressions fall back to it): shown,
 * neither dimmed nor highlighted, under way, not selected.
 */
export const NO_FEATURE_STATE = {
  corridors: { hidden: false, dim: false, highlight: false },
  trips: { hidden: false },
  meetings: { hidden: false, status: 'active', selected: false },
} as const satisfies { [K in keyof OverlayFeatureStates]: OverlayFeatureStates[K][number] };

/**
 * The entries of `next` that differ from `previous`, as `[index, state]` pairs: the calls to make so
 * the map shows `next`. With no previous states (a new map), entries are compared with `blank`, what a
 * feature without state looks like, so a default view makes no call at all (10,000 corridors: none).
 *
 * @example
 * changedStates([{ hidden: false }], [{ hidden: true }], { hidden: false }); // [[0, { hidden: true }]]
 */
export function changedStates<T extends object>(
  previous: readonly T[] | undefined,
  next: readonly T[],
  blank: T,
): [number, T][] {
  const changes: [number, T][] = [];
  next.forEach((entry, index) => {
    const before = previous ? previous[index] : blank;
    const same =
      before !== undefined &&
      Object.entries(entry).every(
        ([key, value]) => (before as Record<string, unknown>)[key] === value,
      );
    if (!same) changes.push([index, entry]);
  });
  return changes;
}
