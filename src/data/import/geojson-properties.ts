// Reading a GeoJSON feature's properties: texts in two languages, country codes, ids, positions.
import type { Bilingual, Iso3, LonLat } from '../../dataset';
import { rangeProblemCode } from './geo-checks';
import { isJsonObject, own, pointerSegment, type JsonObject } from './json-values';
import type { ImportContext } from './lenient-dataset';
import {
  problem,
  type Problem,
  type ProblemCode,
  type ProblemParams,
  type Severity,
} from './problem';

/** The source of an item when the file names none. */
export const NO_SOURCE = '—';
/** Longest text kept from a property. */
export const MAX_TEXT = 2000;
/** Ids are cut to this length, leaving room for the suffixes of generated place ids (64 at most). */
const MAX_ID = 40;

/**
 * The property names of a text in two languages: `name`, `name_en`, `name_fa`.
 *
 * @example
 * bilingualNames('title'); // ['title', 'title_en', 'title_fa']
 */
export const bilingualNames = (name: string): string[] => [name, `${name}_en`, `${name}_fa`];

/**
 * Turns an id from a file into the dataset's kebab-case form: lower case, runs of anything but
 * ASCII letters and digits become one hyphen. Empty when nothing is left (e.g. a Persian id).
 *
 * @example
 * slugId('Tehran – Riyadh'); // "tehran-riyadh"
 */
export function slugId(raw: string | number): string {
  return String(raw)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_ID)
    .replace(/^-+|-+$/g, '');
}

/**
 * The key of a position for matching vertices: longitudes ±180 are the same meridian.
 *
 * @example
 * positionKey([180, 10]) === positionKey([-180, 10]); // true
 */
export const positionKey = ([lon, lat]: LonLat): string => `${lon === 180 ? -180 : lon},${lat}`;

/**
 * Reads the features' properties, reporting what is wrong where.
 *
 * @example
 * const reader = new FeatureReader(problems);
 * reader.at(3, 'riyadh');
 * const name = reader.bilingual(props, 'name', '/features/3/properties', true);
 */
export class FeatureReader {
  /** The feature being read: its index and id, added to every problem's location. */
  private context: { index?: number; id?: string } = {};

  constructor(readonly problems: Problem[]) {}

  /** Sets the feature that the next problems are about (none: the collection itself). */
  at(index?: number, id?: string): void {
    this.context = {
      ...(index === undefined ? {} : { index }),
      ...(id === undefined ? {} : { id }),
    };
  }

  report(severity: Severity, code: ProblemCode, pointer: string, params: ProblemParams = {}): void {
    this.problems.push(problem(severity, code, { path: pointer, ...this.context }, params));
  }

  /**
   * A text in both languages from `name` (a string for both, or `{ en, fa }`) and/or `name_en`,
   * `name_fa`; one language alone stands for both. Undefined when absent or invalid (reported: an
   * error when `required`, else a warning).
   */
  bilingual(
    props: JsonObject,
    name: string,
    base: string,
    required: boolean,
  ): Bilingual | undefined {
    const severity: Severity = required ? 'error' : 'warning';
    const texts: Partial<Bilingual> = {};
    let bad = false;
    const take = (value: unknown, lang: keyof Bilingual, property: string) => {
      if (value === undefined || value === null) return;
      if (typeof value !== 'string') {
        this.report(severity, 'property.invalid', `${base}/${pointerSegment(property)}`, {
          property,
          expected: 'text',
        });
        bad = true;
        return;
      }
      const text = value.trim();
      if (text.length > MAX_TEXT) {
        this.report(severity, 'text.too-long', `${base}/${pointerSegment(property)}`, {
          property,
          limit: MAX_TEXT,
        });
        bad = true;
        return;
      }
      if (text !== '') texts[lang] = text;
    };
    const whole = own(props, name);
    if (isJsonObject(whole)) {
      take(own(whole, 'en'), 'en', `${name}/en`);
      take(own(whole, 'fa'), 'fa', `${name}/fa`);
    } else if (whole !== undefined && whole !== null) {
      take(whole, 'en', name);
      if (texts.en !== undefined) texts.fa = texts.en;
    }
    take(own(props, `${name}_en`), 'en', `${name}_en`);
    take(own(props, `${name}_fa`), 'fa', `${name}_fa`);
    if (bad) return undefined;
    const en = texts.en ?? texts.fa;
    const fa = texts.fa ?? texts.en;
    if (en === undefined || fa === undefined) {
      if (required) this.report('error', 'property.missing', base, { property: name });
      return undefined;
    }
    return { en, fa };
  }

  /** An ISO3 code, upper-cased; undefined when absent or invalid (reported with `severity`). */
  country(
    value: unknown,
    pointer: string,
    severity: Severity,
    registry: ImportContext['registry'],
  ): Iso3 | undefined {
    if (typeof value !== 'string' || !/^[A-Za-z]{3}$/.test(value.trim())) {
      this.report(severity, 'country.format', pointer, {
        value: typeof value === 'string' ? value : (JSON.stringify(value) ?? ''),
      });
      return undefined;
    }
    const code = value.trim().toUpperCase();
    if (!registry.has(code)) {
      this.report(severity, 'country.unknown', pointer, { code });
      return undefined;
    }
    return code;
  }

  /** A plain text property (`source`); undefined when absent or invalid (a warning). */
  text(props: JsonObject, name: string, base: string): string | undefined {
    const value = own(props, name);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.report('warning', 'property.invalid', `${base}/${name}`, {
        property: name,
        expected: 'text',
      });
      return undefined;
    }
    if (value.trim().length > MAX_TEXT) {
      this.report('warning', 'text.too-long', `${base}/${name}`, {
        property: name,
        limit: MAX_TEXT,
      });
      return undefined;
    }
    return value.trim() || undefined;
  }

  /** Warns about each key that could change an object's prototype: never kept. */
  hostileProperties(props: JsonObject, base: string): void {
    for (const key of Object.keys(props)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype')
        this.report('warning', 'property.unknown', `${base}/${pointerSegment(key)}`, {
          property: key,
        });
    }
  }
}

/**
 * A text for both languages from a string or `{ en, fa }`; undefined when it is neither.
 *
 * @example
 * textPair('AI'); // { en: 'AI', fa: 'AI' }
 */
export function textPair(value: unknown): Bilingual | undefined {
  const clean = (v: unknown) =>
    typeof v === 'string' && v.trim() !== '' && v.trim().length <= MAX_TEXT ? v.trim() : undefined;
  if (typeof value === 'string') {
    const text = clean(value);
    return text === undefined ? undefined : { en: text, fa: text };
  }
  if (!isJsonObject(value)) return undefined;
  const en = clean(own(value, 'en'));
  const fa = clean(own(value, 'fa'));
  if (en === undefined && fa === undefined) return undefined;
  return { en: en ?? (fa as string), fa: fa ?? (en as string) };
}

/**
 * Checks every position; reports the first out of range. Returns false when one is.
 *
 * @example
 * positionsInRange(reader, [[200, 10]], () => '/features/0/geometry/coordinates'); // false
 */
export function positionsInRange(
  reader: FeatureReader,
  positions: readonly (readonly number[])[],
  pointerOf: (i: number) => string,
): boolean {
  for (let i = 0; i < positions.length; i++) {
    const [lon = 0, lat = 0] = positions[i] as number[];
    const code = rangeProblemCode(lon, lat);
    if (code) {
      reader.report('error', code, pointerOf(i), { lon, lat });
      return false;
    }
  }
  return true;
}

/** An id read from a feature, or made for it, and where the file has it. */
export interface DraftId {
  id: string;
  /** Whether the file gave the id (kept as is, a duplicate is an error) or it was made up. */
  userId: boolean;
  idPath: string;
}

/** One feature being read: its reader, where it is, its properties and its geometry's coordinates. */
export interface FeatureInput {
  reader: FeatureReader;
  registry: ImportContext['registry'];
  index: number;
  props: JsonObject;
  propsBase: string;
  geometryType: string;
  coordinates: unknown;
  coordsBase: string;
  /** The feature's own id (kebab-cased), or `<prefix>-<n>` when it has none. */
  idOf: (prefix: string) => DraftId;
}
