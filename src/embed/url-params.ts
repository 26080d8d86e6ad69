// The URL contract: parse the query string into a starting state, and write the state back.
import { maybeIsoDate } from '../i18n/iso-date';
import { initialState, reduce, type CameraView, type Lang, type State } from '../state/state';

/** What the query string asks for; absent fields were not given or were invalid. */
export interface UrlRequest {
  lang?: Lang;
  country?: string;
  corridor?: string;
  view?: CameraView;
  /** `false` for `motion=off`; absent otherwise. */
  motion?: false;
  /** `present=1`: open in presenter mode, at `step` (1-based) or the first. */
  present?: true;
  step?: number;
  /** `t=YYYY-MM-DD`: the timeline's date, inside the dataset's timeline (1403 for the default). */
  time?: string;
  /** `autoplay=1`, `loop=1`: play the story by itself (kiosk), and start again at the end. */
  autoplay?: true;
  loop?: true;
  /** `speaker=1`: this window is the speaker view (notes, next step, clock), not the map. */
  speaker?: true;
  /** `edit=1`: open with the story editor. */
  edit?: true;
  /** `embed=1`: map, legend and details only, for an iframe. */
  embed?: true;
  /** `origin=https://host`: the only origin whose postMessage commands are obeyed. */
  origin?: string;
}

/**
 * True for an origin written exactly as browsers report `event.origin`: scheme, host and port,
 * nothing else (no path, no trailing slash), http or https.
 *
 * @example
 * isOrigin('https://briefing.example'); // true
 * isOrigin('https://briefing.example/'); // false
 */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** What the parser needs to know to tell a valid code or id from an invalid one. */
export interface UrlContext {
  isCountry(code: string): boolean;
  isCorridor(id: string): boolean;
  /** Number of story steps (0: the dataset has no story). */
  steps: number;
  /** First and last day of the timeline, `YYYY-MM-DD`; null when the dataset has none (no meetings). */
  timeRange: { start: string; end: string } | null;
}

/**
 * A parameter left out because its value is not valid: its name and the value given, and where the
 * sentence saying what it expects needs them, that sentence's key suffix (`url.expect.<expects>`,
 * the name by default) and parameters.
 */
export interface IgnoredParam {
  name: string;
  value: string;
  expects?: string;
  params?: Record<string, string>;
}

export interface ParsedUrl {
  request: UrlRequest;
  /** One sentence per ignored parameter, for the console. */
  warnings: string[];
  /** The same, for the message on screen (in the user's language). */
  ignored: IgnoredParam[];
}

const VIEW_LIMITS = [
  ['longitude', -180, 180],
  // Web Mercator's limit, which MapLibre's centre can reach.
  ['latitude', -85.051129, 85.051129],
  ['zoom', 0, 22],
  ['bearing', -360, 360],
  ['pitch', 0, 85],
] as const;

/**
 * Parses `LON,LAT,ZOOM[,BEARING,PITCH]`. Returns a sentence instead when the value is not valid.
 *
 * @example
 * parseView('45,24,4'); // { longitude: 45, latitude: 24, zoom: 4, bearing: 0, pitch: 0 }
 */
export function parseView(value: string): CameraView | string {
  const parts = value.split(',');
  if (parts.length !== 3 && parts.length !== 5) {
    return `view must be LON,LAT,ZOOM or LON,LAT,ZOOM,BEARING,PITCH; got "${value}"`;
  }
  const numbers = parts.map((part) => (part.trim() === '' ? NaN : Number(part)));
  const view: CameraView = { longitude: 0, latitude: 0, zoom: 0, bearing: 0, pitch: 0 };
  for (const [i, [key, min, max]] of VIEW_LIMITS.entries()) {
    if (i >= numbers.length) break;
    const n = numbers[i] as number;
    if (!Number.isFinite(n) || n < min || n > max) {
      return `view ${key} must be a number from ${min} to ${max}; got "${parts[i]}"`;
    }
    view[key] = n;
  }
  return view;
}

/**
 * Reads the parameters this app understands. Invalid values are left out with a warning each; other
 * parameters (a host page's own, or ones a later version reads) are ignored.
 *
 * @example
 * parseUrl('?lang=fa&country=SAU', context).request; // { lang: 'fa', country: 'SAU' }
 */
export function parseUrl(search: string, context: UrlContext): ParsedUrl {
  const params = new URLSearchParams(search);
  const request: UrlRequest = {};
  const warnings: string[] = [];
  const ignored: IgnoredParam[] = [];
  const ignore = (name: string, why: string, detail?: Pick<IgnoredParam, 'expects' | 'params'>) => {
    warnings.push(`Corridor Atlas: ignored URL parameter ${name}: ${why}`);
    ignored.push({ name, value: params.get(name) ?? '', ...detail });
  };

  const lang = params.get('lang');
  if (lang !== null) {
    if (lang === 'fa' || lang === 'en') request.lang = lang;
    else ignore('lang', `expected "fa" or "en", got "${lang}"`);
  }
  const country = params.get('country');
  if (country !== null) {
    const code = country.trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(code) && context.isCountry(code)) request.country = code;
    else ignore('country', `"${country}" is not a known ISO 3166-1 alpha-3 code`);
  }
  const corridor = params.get('corridor');
  if (corridor !== null) {
    if (context.isCorridor(corridor)) request.corridor = corridor;
    else ignore('corridor', `no corridor has the id "${corridor}"`);
  }
  const view = params.get('view');
  if (view !== null) {
    const parsed = parseView(view);
    if (typeof parsed === 'string') ignore('view', parsed);
    else request.view = parsed;
  }
  const flag = (name: 'present' | 'autoplay' | 'loop' | 'speaker' | 'embed' | 'edit') => {
    const value = params.get(name);
    if (value === null) return;
    if (value === '1' || value === 'true') request[name] = true;
    else ignore(name, `the only value is "1", got "${value}"`);
  };
  flag('present');
  flag('autoplay');
  flag('loop');
  flag('speaker');
  flag('embed');
  flag('edit');
  const origin = params.get('origin');
  if (origin !== null) {
    if (isOrigin(origin)) request.origin = origin;
    else
      ignore(
        'origin',
        `expected an origin such as https://host or http://host:port, got "${origin}"`,
      );
  }
  const step = params.get('step');
  if (step !== null) {
    const n = Number(step);
    if (context.steps === 0) ignore('step', 'this dataset has no story');
    else if (Number.isInteger(n) && n >= 1 && n <= context.steps) request.step = n;
    else ignore('step', `expected a whole number from 1 to ${context.steps}, got "${step}"`);
  }
  const time = params.get('t');
  if (time !== null) {
    const range = context.timeRange;
    if (range === null)
      ignore('t', 'this dataset has no dated meetings, so no timeline', { expects: 'tNone' });
    else if (maybeIsoDate(time) === null)
      ignore('t', `expected a date written YYYY-MM-DD, got "${time}"`, { params: { ...range } });
    else if (time < range.start || time > range.end)
      ignore('t', `${time} is outside ${range.start} … ${range.end}`, { params: { ...range } });
    else request.time = time;
  }
  const motion = params.get('motion');
  if (motion !== null) {
    if (motion === 'off') request.motion = false;
    else ignore('motion', `the only value is "off", got "${motion}"`);
  }
  return { request, warnings, ignored };
}

const round = (n: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
};

/**
 * Writes the state into a query string, keeping other parameters (a host's own, `motion`) as they
 * were. The language is always written, so a shared link opens in the language it was shared in.
 *
 * @example
 * writeUrl('?utm=x', state); // "?utm=x&lang=fa&country=SAU"
 */
export function writeUrl(search: string, state: State): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string | null) =>
    value === null ? params.delete(name) : params.set(name, value);
  set('lang', state.lang);
  // Only a dataset from a URL can be shared by a link; a file's stays on this screen.
  set('data', state.dataSource.kind === 'url' ? state.dataSource.url : null);
  set('country', state.selectedCountry);
  set('corridor', state.corridor);
  set('present', state.presentation && !state.editing ? '1' : null);
  set('edit', state.editing ? '1' : null);
  set('step', state.presentation ? String(state.presentation.step) : null);
  // In presenter mode the step sets the date; outside it, the date is the user's own.
  set('t', state.presentation ? null : state.time);
  const v = state.view;
  const turned = v && (round(v.bearing, 1) !== 0 || round(v.pitch, 1) !== 0);
  set(
    'view',
    // In presenter mode the step sets the camera.
    v && !state.presentation
      ? [round(v.longitude, 4), round(v.latitude, 4), round(v.zoom, 2)]
          .concat(turned ? [round(v.bearing, 1), round(v.pitch, 1)] : [])
          .join(',')
      : null,
  );
  // Commas are legal in a query string; unescaped, a shared view stays readable (view=45,24,4).
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/**
 * The language a visitor's browser prefers among ours: the first of `languages` that is Persian or
 * English, else English.
 *
 * @example
 * preferredLanguage(['de-DE', 'fa-IR', 'en']); // "fa"
 */
export function preferredLanguage(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fa' || base === 'en') return base;
  }
  return 'en';
}

/**
 * The state a page opens in: the URL's request over the visitor's defaults. A country in the URL is
 * framed unless the URL also gives a view, which then wins.
 *
 * @example
 * stateFromRequest({ country: 'SAU' }, { lang: 'en', motion: true }).selectedCountry; // "SAU"
 */
export function stateFromRequest(
  request: UrlRequest,
  defaults: { lang: Lang; motion: boolean },
  goToStep: (state: State, step: number) => State = (state) => state,
): State {
  let state = initialState(request.lang ?? defaults.lang);
  if (request.motion === false || !defaults.motion) {
    state = reduce(state, { type: 'setMotion', motion: false });
  }
  if (request.view) state = reduce(state, { type: 'setView', view: request.view });
  if (request.country) {
    state = reduce(state, { type: 'selectCountry', code: request.country, focus: !request.view });
  }
  if (request.corridor)
    state = reduce(state, { type: 'highlightCorridor', corridor: request.corridor });
  if (request.time) state = reduce(state, { type: 'setTime', time: request.time });
  if (request.edit) state = reduce(state, { type: 'setEditing', editing: true });
  // A step sets the whole view, so it comes last and wins over country, view and date.
  if (request.present || request.autoplay || request.speaker || request.step !== undefined) {
    state = goToStep(state, request.step ?? 1);
  }
  return state;
}
