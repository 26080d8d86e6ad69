// Where an event stands at the timeline's date: still to come, under way, or over (pure).
import type { AtlasEvent } from '../data/types';
import { periodInterval } from '../i18n/jalali-period';
import { eventStatusAt, type EventStatus } from '../timeline/time-scale';

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
