// The postMessage API (pure): commands a host page sends, events the map sends back.
import type { AtlasModel } from '../data/atlas-model';
import type { Action, Lang } from '../state/state';
import { stepAction } from '../story/story';
import { maybeIsoDate } from '../i18n/iso-date';
import type { ClaimProvenance } from './event-provenance';

/** Every message of the API carries these two fields; anything else is ignored. */
export const MESSAGE_SOURCE = 'corridor-atlas';
export const MESSAGE_VERSION = 1;

/** A command from the host page. */
export type Command =
  | { type: 'selectCountry'; country: string }
  | { type: 'clearSelection' }
  | { type: 'goToStep'; step: number }
  | { type: 'setLanguage'; lang: Lang }
  | { type: 'setView'; lon: number; lat: number; zoom: number }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'setTime'; date: string };

/** An event for the host page. */
export type MapEvent =
  | { type: 'ready' }
  | { type: 'countrySelected'; country: string | null }
  | { type: 'stepChanged'; step: number }
  | { type: 'height'; px: number }
  | { type: 'error'; message: string }
  /**
   * Sent right after `countrySelected` (with its `country`) or `stepChanged` (with its `step` and
   * `chapter`): the provenance of each claim that event brings on screen. A separate event, so the
   * two it follows keep exactly their fields.
   */
  | {
      type: 'provenance';
      of: 'countrySelected' | 'stepChanged';
      country?: string | null;
      step?: number;
      chapter?: string;
      claims: ClaimProvenance[];
    };

/** What the parser needs to know to tell a valid value from an invalid one. */
export interface CommandContext {
  isCountry(code: string): boolean;
  steps: number;
  /** The dataset's timeline; null when it has none (no dated meetings). */
  timeRange: { start: string; end: string } | null;
}

/** A message that is not ours (ignored), a command, or an error to report back. */
export type Parsed =
  { kind: 'ignore' } | { kind: 'command'; command: Command } | { kind: 'error'; message: string };

/** A value shown in an error sentence: JSON, cut short, so hostile input stays small and inert. */
const show = (value: unknown) => {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const inRange = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/**
 * Reads a message from the host page. A message is ours when it is a plain object with
 * `source: 'corridor-atlas'`; then it must have `v: 1` and a known `type` with valid fields, or the
 * result is an error sentence to send back. Extra fields are ignored. Never throws.
 *
 * @example
 * parseCommand({ source: 'corridor-atlas', v: 1, type: 'selectCountry', country: 'SAU' }, context);
 * // { kind: 'command', command: { type: 'selectCountry', country: 'SAU' } }
 */
export function parseCommand(data: unknown, context: CommandContext): Parsed {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'ignore' };
  const m = data as Record<string, unknown>;
  if (m.source !== MESSAGE_SOURCE) return { kind: 'ignore' };
  const error = (message: string): Parsed => ({ kind: 'error', message });
  if (m.v !== MESSAGE_VERSION)
    return error(`unsupported message version ${show(m.v)}: this map speaks v 1`);
  const command = (c: Command): Parsed => ({ kind: 'command', command: c });
  switch (m.type) {
    case 'selectCountry': {
      const code = typeof m.country === 'string' ? m.country.trim().toUpperCase() : '';
      if (!/^[A-Z]{3}$/.test(code) || !context.isCountry(code)) {
        return error(
          `selectCountry needs country, an ISO 3166-1 alpha-3 code; got ${show(m.country)}`,
        );
      }
      return command({ type: 'selectCountry', country: code });
    }
    case 'clearSelection':
    case 'play':
    case 'pause':
      return command({ type: m.type });
    case 'goToStep':
      if (context.steps === 0) return error('goToStep: this dataset has no story');
      if (!Number.isInteger(m.step) || !inRange(m.step, 1, context.steps)) {
        return error(
          `goToStep needs step, a whole number from 1 to ${context.steps}; got ${show(m.step)}`,
        );
      }
      return command({ type: 'goToStep', step: m.step });
    case 'setLanguage':
      if (m.lang !== 'fa' && m.lang !== 'en') {
        return error(`setLanguage needs lang, "fa" or "en"; got ${show(m.lang)}`);
      }
      return command({ type: 'setLanguage', lang: m.lang });
    case 'setView':
      if (
        !inRange(m.lon, -180, 180) ||
        !inRange(m.lat, -85.051129, 85.051129) ||
        !inRange(m.zoom, 0, 22)
      ) {
        return error(
          `setView needs lon (−180…180), lat (−85…85) and zoom (0…22) as numbers; got ${show({ lon: m.lon, lat: m.lat, zoom: m.zoom })}`,
        );
      }
      return command({ type: 'setView', lon: m.lon, lat: m.lat, zoom: m.zoom });
    case 'setTime': {
      if (context.timeRange === null) {
        return error('setTime: this dataset has no dated meetings, so it has no timeline');
      }
      const { start, end } = context.timeRange;
      if (
        typeof m.date !== 'string' ||
        maybeIsoDate(m.date) === null ||
        m.date < start ||
        m.date > end
      ) {
        return error(`setTime needs date, YYYY-MM-DD from ${start} to ${end}; got ${show(m.date)}`);
      }
      return command({ type: 'setTime', date: m.date });
    }
    default:
      return error(`unknown message type ${show(m.type)}`);
  }
}

/**
 * The actions a command stands for. `play`/`pause` run the timeline; `goToStep` enters presenter
 * mode at that step.
 *
 * @example
 * commandActions({ type: 'selectCountry', country: 'SAU' }, model);
 * // [{ type: 'selectCountry', code: 'SAU', focus: true }]
 */
export function commandActions(command: Command, model: AtlasModel): Action[] {
  switch (command.type) {
    case 'selectCountry':
      return [{ type: 'selectCountry', code: command.country, focus: true }];
    case 'clearSelection':
      return [{ type: 'clearSelection' }];
    case 'goToStep': {
      const action = stepAction(model, command.step);
      return action ? [action] : [];
    }
    case 'setLanguage':
      return [{ type: 'setLanguage', lang: command.lang }];
    case 'setView':
      return [
        {
          type: 'setView',
          view: {
            longitude: command.lon,
            latitude: command.lat,
            zoom: command.zoom,
            bearing: 0,
            pitch: 0,
          },
        },
      ];
    case 'play':
      return [{ type: 'setPlaying', playing: true }];
    case 'pause':
      return [{ type: 'setPlaying', playing: false }];
    case 'setTime':
      return [{ type: 'setTime', time: command.date }];
  }
}

/**
 * An event as it goes on the wire.
 *
 * @example
 * envelope({ type: 'stepChanged', step: 3 }); // { source: 'corridor-atlas', v: 1, type: 'stepChanged', step: 3 }
 */
export function envelope(event: MapEvent): MapEvent & { source: string; v: number } {
  return { source: MESSAGE_SOURCE, v: MESSAGE_VERSION, ...event };
}

/**
 * The height an embedded map asks its host for at a given width: a landscape map, taller on a
 * phone, within 360–720 px.
 *
 * @example
 * preferredHeight(800); // 496
 */
export function preferredHeight(width: number): number {
  const ratio = width < 600 ? 1.1 : 0.62;
  return Math.round(Math.min(720, Math.max(360, width * ratio)));
}
