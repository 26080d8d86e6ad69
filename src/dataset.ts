// The dataset format: corridors, meetings, places and country details, as stored in data/atlas.json.

/** A text in both of the app's languages. */
export interface Bilingual {
  fa: string;
  en: string;
}

/** ISO 3166-1 alpha-3 country code, upper case, e.g. `"SAU"`. */
export type Iso3 = string;

/** `[longitude, latitude]` in degrees, WGS 84, as in GeoJSON. */
export type LonLat = [number, number];

/**
 * A named point: a meeting venue or a corridor waypoint.
 *
 * @example
 * { "id": "tehran", "name": { "fa": "تهران", "en": "Tehran" }, "country": "IRN",
 *   "coordinates": [51.389, 35.689], "inArticle": true }
 */
export interface Place {
  id: string;
  name: Bilingual;
  country: Iso3;
  coordinates: LonLat;
  /** True when the article itself names this place; false for schematic waypoints and inferred venues. */
  inArticle: boolean;
  /** True for a vertex the source file gives no name: drawn, never labelled (its name is its corridor's). */
  unnamed?: boolean;
  /** How the source file styles the place (simplestyle `marker-color`). */
  style?: Style;
}

/**
 * How an imported file styles a corridor or a place (the simplestyle convention): a colour as
 * `#rrggbb`, a line width in pixels, an opacity from 0 to 1.
 *
 * @example { "color": "#e4007c", "width": 2, "opacity": 0.8 }
 */
export interface Style {
  color?: string;
  width?: number;
  opacity?: number;
}

/**
 * Properties of an imported feature the atlas has no field for, kept as text to show as a key/value
 * table (with `textContent`).
 *
 * @example { "slug": "2africa", "owners": "Meta, MTN" }
 */
export type ExtraProperties = Record<string, string>;

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type PeriodPart = 'early' | 'mid' | 'late';

/**
 * When something happened, at the precision the article gives, in the Jalali (Solar Hijri) calendar.
 * Precision is the finest field present: `month`, else `season`, else the year. `part` narrows it to
 * the first, middle or last third ("early", "mid", "late").
 *
 * @example { "year": 1403, "month": 11, "part": "early" } // «اوایل بهمن» 1403
 */
export interface JalaliPeriod {
  year: number;
  season?: Season;
  month?: number;
  part?: PeriodPart;
}

/** A person the minister met, or the office when the article does not name the person. */
export interface Counterpart {
  name: Bilingual | null;
  office: Bilingual;
  /** The country they represent, or null when the article gives none. */
  country: Iso3 | null;
}

/**
 * `trip`: the minister travelled there; `embassy`: an ambassador was received in Tehran; `meeting`: a
 * meeting whose place the article does not give.
 */
export type EventKind = 'trip' | 'embassy' | 'meeting';

/** One technology-diplomacy meeting of the article, in the article's order. */
export interface AtlasEvent {
  id: string;
  kind: EventKind;
  title: Bilingual;
  /** The country the event concerns: the counterpart's, or the venue's when they have no stated nationality. */
  country: Iso3;
  /** Id of the place where it happened, or null when the article gives no place. */
  place: string | null;
  when: JalaliPeriod;
  counterparts: Counterpart[];
  topics: Bilingual[];
  summary: Bilingual;
  /** The Persian source sentence(s), verbatim from the article. */
  source: string;
  /** An editorial note: our reading of the article's words, shown marked as ours. */
  note?: Bilingual;
  /** Properties of an imported feature the atlas has no field for. */
  properties?: ExtraProperties;
}

/**
 * One drawn stretch of a corridor: a chain of waypoints. The first leg starts at the corridor's origin;
 * every later leg starts at a waypoint of an earlier leg (a branch).
 */
export interface CorridorLeg {
  id: string;
  name: Bilingual;
  waypoints: string[];
  /**
   * Which part of the corridor the leg is on, from 0 (absent: 0). A leg that starts a new part (a
   * line of a MultiLineString that joins no earlier one) need not branch from an earlier leg.
   */
  part?: number;
}

/** A proposed data-transit corridor. Its geometry is always schematic: the article gives none. */
export interface Corridor {
  id: string;
  name: Bilingual;
  summary: Bilingual;
  schematic: true;
  /** Id of the event at which it was proposed; absent for an imported line that names no meeting. */
  event?: string;
  legs: CorridorLeg[];
  /** The Persian source sentence, verbatim from the article. */
  source: string;
  /** How the source file styles it (simplestyle `stroke`, `stroke-width`, `stroke-opacity`). */
  style?: Style;
  /** Properties of an imported feature the atlas has no field for. */
  properties?: ExtraProperties;
}

export type CountryRole = 'iran' | 'partner' | 'transit' | 'destination';

/** What the article says about one country, and which corridors concern it. */
export interface CountryDetails {
  code: Iso3;
  /** Most important first; the first decides the map colour. */
  roles: CountryRole[];
  /** Whether the article names this country itself (not only a region it belongs to). */
  inArticle: boolean;
  cooperation: Bilingual[];
  note?: Bilingual;
  corridors: string[];
  /** A Persian sentence about this country, verbatim from the article, when no event carries one. */
  source?: string;
}

/** A corridor shown by a story chapter: all its legs, or only those listed (to build it up). */
export interface ChapterCorridor {
  id: string;
  legs?: string[];
}

/** Where a chapter puts the camera: MapLibre zoom (512 px tiles); bearing and pitch in degrees. */
export interface ChapterCamera {
  center: LonLat;
  zoom: number;
  bearing?: number;
  pitch?: number;
}

/**
 * One step of the presenter's story. A chapter sets the whole view: camera, what is drawn, whose
 * details are open and the timeline's date, so any step can be reached directly.
 */
export interface Chapter {
  id: string;
  title: Bilingual;
  text: Bilingual;
  /** For the presenter's eyes only (speaker view). */
  notes: Bilingual;
  camera: ChapterCamera;
  /** Corridors drawn in this chapter; the others are hidden. */
  corridors: ChapterCorridor[];
  /** Events whose meeting places and trips are drawn; the others are hidden. */
  events: string[];
  /** Countries to emphasise; the others are muted. Empty: no emphasis. */
  countries: Iso3[];
  /** Whose details panel is open, or null. */
  country: Iso3 | null;
  /** The timeline's date, Gregorian `YYYY-MM-DD`. */
  date: string;
}

/** The source article. Its full Persian text ships with the app (`data/article.fa.txt`). */
export interface SourceInfo {
  title: Bilingual;
  publisher: Bilingual;
}

/** A whole dataset: what the map shows. */
export interface Dataset {
  version: 1;
  title: Bilingual;
  source: SourceInfo;
  /** Id of the place the minister's trips start from and ambassadors are received at (Tehran). */
  home: string;
  places: Place[];
  events: AtlasEvent[];
  corridors: Corridor[];
  countries: CountryDetails[];
  /** The presenter's story, in order. Optional: a dataset without one has no presenter mode. */
  story?: Chapter[];
}
