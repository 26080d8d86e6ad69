// The app's state, the actions that change it, and the pure reducer.
import type { Chapter, Iso3 } from '../dataset';
import type { Lang } from '../i18n/format';
import { DEFAULT_SPEED } from '../timeline/time-scale';

export type { Lang };

/** A camera position: MapLibre zoom (512 px tiles), degrees for bearing and pitch. */
export interface CameraView {
  longitude: number;
  latitude: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Where the camera was asked to go: a view, a country's extent, or the default framing. */
export type CameraTarget =
  { kind: 'view'; view: CameraView } | { kind: 'country'; code: Iso3 } | { kind: 'home' };

/** What the pointer is over, for highlight and tooltip. */
export type HoverTarget =
  | { kind: 'country'; code: Iso3 }
  | { kind: 'corridor'; corridorId: string; legId: string }
  | { kind: 'meeting'; placeId: string }
  | { kind: 'trip'; eventId: string };

/**
 * What is drawn: corridor legs (`corridorId/legId` keys) and events, or null for all; the countries
 * to emphasise (empty: none). A story chapter narrows it; outside presenter mode it is {@link NO_FOCUS}.
 */
export interface Focus {
  legs: string[] | null;
  events: string[] | null;
  countries: Iso3[];
}

/** Everything drawn, nothing emphasised. */
export const NO_FOCUS: Focus = { legs: null, events: null, countries: [] };

/** Where the dataset on screen came from: the one shipped, a file the user opened, or `?data=`. */
export type DataSource =
  { kind: 'default' } | { kind: 'file'; name: string } | { kind: 'url'; url: string };

/** Presenter mode: the story step (1-based) and whether the screen is blacked out. */
export interface Presentation {
  step: number;
  black: boolean;
}

/**
 * A story edited in the app, shown instead of the dataset's: its chapters, and whether it has been
 * exported since it last changed (the header says "Draft" until it is).
 */
export interface StoryDraft {
  chapters: readonly Chapter[];
  exported: boolean;
}

export interface State {
  lang: Lang;
  selectedCountry: Iso3 | null;
  /** The highlighted corridor; the others are dimmed. */
  corridor: string | null;
  /** False when the user or the system asks for no animation. */
  motion: boolean;
  /** The last camera request; `revision` grows with each, so the map knows a new one from an old. */
  camera: { target: CameraTarget; revision: number };
  /** The camera as the map last reported it, after the user or a request moved it. */
  view: CameraView | null;
  hover: HoverTarget | null;
  focus: Focus;
  /** The timeline's date (`YYYY-MM-DD`), or null for the whole year. */
  time: string | null;
  /** Whether the timeline is playing, and how fast (days per second). */
  playing: boolean;
  speed: number;
  presentation: Presentation | null;
  dataSource: DataSource;
  /** The edited story presented instead of the dataset's, or null for the dataset's own. */
  story: StoryDraft | null;
  /** Whether the story editor is open (`edit=1`). */
  editing: boolean;
  /**
   * What the editor is picking from the map, or null: while picking, a map click on a country is a
   * `pickCountry` (the country to emphasise, or the one whose details open), not a selection.
   */
  picking: 'countries' | 'country' | null;
  /** The last country picked from the map; `serial` grows with each pick, so a repeat is seen. */
  pick: { code: Iso3; serial: number } | null;
}

export type Action =
  | { type: 'setLanguage'; lang: Lang }
  | { type: 'selectCountry'; code: Iso3; focus: boolean }
  | { type: 'clearSelection' }
  | { type: 'highlightCorridor'; corridor: string | null }
  | { type: 'setMotion'; motion: boolean }
  | { type: 'setView'; view: CameraView }
  | { type: 'cameraMoved'; view: CameraView }
  | { type: 'hover'; target: HoverTarget | null }
  | { type: 'goToStep'; step: number; chapter: Chapter; focus: Focus }
  | { type: 'endPresentation' }
  | { type: 'setBlackout'; black: boolean }
  | { type: 'setTime'; time: string | null }
  | { type: 'setPlaying'; playing: boolean }
  | { type: 'setSpeed'; speed: number }
  /** The edited story replaces the dataset's (null: back to the dataset's); `exported` when restored so. */
  | { type: 'setStory'; chapters: readonly Chapter[] | null; exported?: boolean }
  | { type: 'storyExported' }
  | { type: 'setEditing'; editing: boolean }
  | { type: 'setPicking'; picking: State['picking'] }
  | { type: 'pickCountry'; code: Iso3 }
  /** Another dataset replaces the one on screen: what referred to the old one is reset. */
  | { type: 'datasetLoaded'; source: DataSource };

/**
 * The state the app starts in before the URL is read.
 *
 * @example
 * const state = initialState('fa');
 */
export function initialState(lang: Lang): State {
  return {
    lang,
    selectedCountry: null,
    corridor: null,
    motion: true,
    camera: { target: { kind: 'home' }, revision: 0 },
    view: null,
    hover: null,
    focus: NO_FOCUS,
    time: null,
    playing: false,
    speed: DEFAULT_SPEED,
    presentation: null,
    dataSource: { kind: 'default' },
    story: null,
    editing: false,
    picking: null,
    pick: null,
  };
}

/**
 * What a chapter draws: its corridors' legs (every leg when it lists none), its events, its countries.
 *
 * @example
 * chapterFocus(chapter).legs; // ["south-west/iran-saudi"]
 */
export function chapterFocus(chapter: Chapter, legsOf: (corridorId: string) => string[]): Focus {
  return {
    legs: chapter.corridors.flatMap(({ id, legs }) =>
      (legs ?? legsOf(id)).map((leg) => `${id}/${leg}`),
    ),
    events: [...chapter.events],
    countries: [...chapter.countries],
  };
}

/** The camera view a chapter asks for. */
export function chapterView(chapter: Chapter): CameraView {
  const { center, zoom, bearing = 0, pitch = 0 } = chapter.camera;
  return { longitude: center[0], latitude: center[1], zoom, bearing, pitch };
}

const requestCamera = (state: State, target: CameraTarget): State['camera'] => ({
  target,
  revision: state.camera.revision + 1,
});

const sameView = (a: CameraView | null, b: CameraView) =>
  a !== null &&
  a.longitude === b.longitude &&
  a.latitude === b.latitude &&
  a.zoom === b.zoom &&
  a.bearing === b.bearing &&
  a.pitch === b.pitch;

const sameHover = (a: HoverTarget | null, b: HoverTarget | null) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The one place state changes. Pure: returns the same object when nothing changed, so subscribers
 * can compare by identity.
 *
 * @example
 * reduce(state, { type: 'selectCountry', code: 'SAU', focus: true }).selectedCountry; // "SAU"
 */
export function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'setLanguage':
      return state.lang === action.lang ? state : { ...state, lang: action.lang };
    case 'selectCountry':
      if (state.selectedCountry === action.code && !action.focus) return state;
      return {
        ...state,
        selectedCountry: action.code,
        camera: action.focus
          ? requestCamera(state, { kind: 'country', code: action.code })
          : state.camera,
      };
    case 'clearSelection':
      return state.selectedCountry === null ? state : { ...state, selectedCountry: null };
    case 'highlightCorridor':
      return state.corridor === action.corridor ? state : { ...state, corridor: action.corridor };
    case 'setMotion':
      return state.motion === action.motion ? state : { ...state, motion: action.motion };
    case 'setView':
      return {
        ...state,
        view: action.view,
        camera: requestCamera(state, { kind: 'view', view: action.view }),
      };
    case 'cameraMoved':
      return sameView(state.view, action.view) ? state : { ...state, view: action.view };
    case 'hover':
      return sameHover(state.hover, action.target) ? state : { ...state, hover: action.target };
    case 'goToStep': {
      // A step sets everything a chapter controls, so reaching it directly or by stepping is the same.
      const view = chapterView(action.chapter);
      return {
        ...state,
        presentation: { step: action.step, black: false },
        selectedCountry: action.chapter.country,
        corridor: null,
        time: action.chapter.date,
        playing: false,
        focus: action.focus,
        view,
        camera: requestCamera(state, { kind: 'view', view }),
        hover: null,
      };
    }
    case 'endPresentation':
      if (state.presentation === null) return state;
      return {
        ...state,
        presentation: null,
        focus: NO_FOCUS,
        time: null,
        playing: false,
        camera: requestCamera(state, { kind: 'home' }),
      };
    case 'setBlackout':
      if (!state.presentation || state.presentation.black === action.black) return state;
      return { ...state, presentation: { ...state.presentation, black: action.black } };
    case 'setTime':
      return state.time === action.time ? state : { ...state, time: action.time };
    case 'setPlaying':
      return state.playing === action.playing ? state : { ...state, playing: action.playing };
    case 'setSpeed':
      return state.speed === action.speed ? state : { ...state, speed: action.speed };
    case 'setStory': {
      if (action.chapters === null) return state.story === null ? state : { ...state, story: null };
      const story = { chapters: action.chapters, exported: action.exported ?? false };
      const count = action.chapters.length;
      const presentation = state.presentation;
      // A presentation stays inside a shorter story; one with no step left ends.
      if (!presentation || presentation.step <= count) return { ...state, story };
      return {
        ...state,
        story,
        presentation: count === 0 ? null : { ...presentation, step: count },
      };
    }
    case 'storyExported':
      if (!state.story || state.story.exported) return state;
      return { ...state, story: { ...state.story, exported: true } };
    case 'setEditing':
      if (state.editing === action.editing) return state;
      // Closing the editor ends picking: a click on the map selects again.
      return { ...state, editing: action.editing, picking: action.editing ? state.picking : null };
    case 'setPicking':
      return state.picking === action.picking ? state : { ...state, picking: action.picking };
    case 'pickCountry':
      if (state.picking === null) return state;
      return { ...state, pick: { code: action.code, serial: (state.pick?.serial ?? 0) + 1 } };
    case 'datasetLoaded':
      // Language, motion and speed are the user's; everything else named the old dataset.
      return {
        ...state,
        selectedCountry: null,
        corridor: null,
        hover: null,
        focus: NO_FOCUS,
        time: null,
        playing: false,
        presentation: null,
        view: null,
        camera: requestCamera(state, { kind: 'home' }),
        dataSource: action.source,
        // A draft belongs to its dataset: the new one's own draft, if any, is restored by the app.
        story: null,
        picking: null,
        pick: null,
      };
  }
}
