// Selectors (pure): what a focus draws, as arrays that keep their identity (deck.gl compares by identity),
// and where an event stands at the timeline's date.
import { eventsOf, type AtlasModel, type MeetingSite, type TripArc } from '../data/atlas-model';
import type { LegGeometry } from '../geo/corridor-geometry';
import type { Focus } from './state';
import type { AtlasEvent } from '../dataset';
import { periodInterval } from '../i18n/jalali-period';
import { eventStatusAt, type EventStatus } from '../timeline/time-scale';

const caches = new WeakMap<AtlasModel, Map<string, unknown>>();

/**
 * A value derived from the model, made once per key: deck.gl compares data by identity, so the
 * same selection must give the same array from frame to frame.
 */
function cached<T>(model: AtlasModel, key: string, make: () => T): T {
  let perModel = caches.get(model);
  if (!perModel) {
    perModel = new Map();
    caches.set(model, perModel);
  }
  if (!perModel.has(key)) perModel.set(key, make());
  return perModel.get(key) as T;
}

/**
 * Places of the selected country's meetings.
 *
 * @example
 * selectedPlaces(model, 'SAU').has('riyadh'); // true
 */
export function selectedPlaces(model: AtlasModel, code: string | null): ReadonlySet<string> {
  return cached(model, `selected:${code ?? ''}`, () => {
    const events = code ? Object.values(eventsOf(model, code)).flat() : [];
    return new Set(events.flatMap((event) => (event.place === null ? [] : [event.place])));
  });
}

/**
 * The legs the focus draws (all when it names none).
 *
 * @example
 * focusedLegs(model, NO_FOCUS) === model.legs; // true
 */
export function focusedLegs(model: AtlasModel, focus: Focus): readonly LegGeometry[] {
  const keys = focus.legs;
  if (keys === null) return model.legs;
  return cached(model, `legs:${keys.join(',')}`, () => {
    const wanted = new Set(keys);
    return model.legs.filter((leg) => wanted.has(`${leg.corridorId}/${leg.legId}`));
  });
}

/**
 * The meeting places and trips of the events the focus draws (all when it names none).
 *
 * @example
 * focusedMeetings(model, { legs: null, events: ['riyadh-1403'], countries: [] }).sites;
 */
export function focusedMeetings(
  model: AtlasModel,
  focus: Focus,
): { sites: readonly MeetingSite[]; trips: readonly TripArc[] } {
  const ids = focus.events;
  if (ids === null) return { sites: model.sites, trips: model.trips };
  return cached(model, `events:${ids.join(',')}`, () => {
    const wanted = new Set(ids);
    return {
      sites: model.sites
        .map((site) => ({ place: site.place, events: site.events.filter((e) => wanted.has(e.id)) }))
        .filter((site) => site.events.length > 0),
      trips: model.trips.filter((trip) => wanted.has(trip.event.id)),
    };
  });
}

export type TimeStatus = EventStatus;

const intervals = new WeakMap<AtlasEvent, { start: string; end: string }>();

/**
 * An event's status at `time` (`YYYY-MM-DD`, inclusive interval ends). With no date (the whole
 * year), every event is active.
 *
 * @example
 * eventStatus(event, '2025-01-25'); // "active" for early Bahman 1403
 */
export function eventStatus(event: AtlasEvent, time: string | null): TimeStatus {
  if (time === null) return 'active';
  let interval = intervals.get(event);
  if (!interval) {
    interval = periodInterval(event.when);
    intervals.set(event, interval);
  }
  return eventStatusAt(interval, time);
}

/**
 * The status of a group of events (a meeting place): active if any is, else past if any is.
 *
 * @example
 * groupStatus(site.events, time);
 */
export function groupStatus(events: readonly AtlasEvent[], time: string | null): TimeStatus {
  const statuses = events.map((event) => eventStatus(event, time));
  if (statuses.includes('active')) return 'active';
  return statuses.includes('past') ? 'past' : 'future';
}
