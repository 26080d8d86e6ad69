// GeoJSON (RFC 7946) to a dataset: lines become schematic corridors, points become meetings.
import { parseIsoDate } from '../../i18n/iso-date';
import { isValidJalaaliDate, jalaaliMonthLength, toJalaali } from 'jalaali-js';
import { formatNumber } from '../../i18n/format';

import type {
  AtlasEvent,
  Bilingual,
  Corridor,
  CountryDetails,
  CountryRole,
  Dataset,
  EventKind,
  Iso3,
  JalaliPeriod,
  LonLat,
  Place,
} from '../../dataset';
import { checkGeojson } from './geojson-check';
import { countryFit, countryLocator, rangeProblemCode } from './geo-checks';
import { duplicateKeys, featureSpans, LineIndex, offsetsOf, pointerAt } from './json-text';
import {
  isJsonObject,
  nonFinitePointers,
  own,
  pointerSegment,
  pointerSegments,
  valueAt,
  type JsonObject,
} from './json-values';
import type { ImportContext, LenientDatasetResult } from './lenient-dataset';
import {
  problem,
  type ImportProblem,
  type ProblemCode,
  type ProblemLocation,
  type ProblemParams,
  type Severity,
} from './problem';

/** Progress of a long check, in features. */
export type CheckProgress = (done: number, total: number) => void;

/** GeoJSON geometry types (RFC 7946), and what the import makes of each. */
export const GEOMETRY_TYPES: ReadonlySet<string> = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/** Where trips start when a GeoJSON file cannot say: Tehran, as in the default dataset. */
export const GEOJSON_HOME: Place = {
  id: 'home',
  name: { fa: 'تهران', en: 'Tehran' },
  country: 'IRN',
  coordinates: [51.389, 35.689],
  inArticle: false,
};

/** The Jalali year given to the placeholder meeting of corridors that name none. */
const PLACEHOLDER_YEAR = 1403;
const NO_SOURCE = '—';
const MAX_TEXT = 2000;
/** Ids are cut to this length, leaving room for the suffixes of generated place ids (64 at most). */
const MAX_ID = 40;

/** The properties each kind of feature reads; any other is reported as unknown. */
const BILINGUAL_NAMES = (name: string) => [name, `${name}_en`, `${name}_fa`];
const MEETING_PROPERTIES = new Set([
  'id',
  'country',
  'date',
  'kind',
  'source',
  'topics',
  ...['title', 'place', 'summary', 'counterpart', 'office'].flatMap(BILINGUAL_NAMES),
]);
const CORRIDOR_PROPERTIES = new Set([
  'id',
  'event',
  'countries',
  'source',
  ...['name', 'summary'].flatMap(BILINGUAL_NAMES),
]);
/** Members of a FeatureCollection the import reads or may ignore silently (RFC 7946 and common tools). */
const COLLECTION_MEMBERS = new Set([
  'type',
  'features',
  'bbox',
  'crs',
  'title',
  'title_en',
  'title_fa',
  'name',
]);

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

/** The key of a position for matching vertices: longitudes ±180 are the same meridian. */
const positionKey = ([lon, lat]: LonLat) => `${lon === 180 ? -180 : lon},${lat}`;

const PARTS = ['early', 'mid', 'late'] as const;

/**
 * Reads a meeting's `date` as a Jalali period. A year from 1300 to 1500 is Jalali (Solar Hijri):
 * `1403`, `1403-11` or `1403-11-05`. Any other year is Gregorian and must be a whole day,
 * `2025-01-24` (a time after it is ignored), because a Gregorian month or year straddles two Jalali
 * ones. A day keeps the third of its month it falls in (`part`): the model is no finer.
 *
 * @example
 * parseMeetingDate('2025-01-24'); // { year: 1403, month: 11, part: 'early' }
 * parseMeetingDate('1403-07');    // { year: 1403, month: 7 }
 * parseMeetingDate('2025-02-30'); // "date.invalid"
 */
export function parseMeetingDate(
  value: string | number,
): JalaliPeriod | 'date.invalid' | 'date.out-of-range' {
  const text = String(value).trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(
    text,
  );
  if (!match) return 'date.invalid';
  const [year, month, day] = [match[1], match[2], match[3]].map((s) =>
    s === undefined ? undefined : Number(s),
  ) as [number, number | undefined, number | undefined];
  const dayPeriod = (jy: number, jm: number, jd: number): JalaliPeriod => {
    const n = jalaaliMonthLength(jy, jm);
    const index = jd - 1 < Math.floor(n / 3) ? 0 : jd - 1 < Math.floor((2 * n) / 3) ? 1 : 2;
    return { year: jy, month: jm, part: PARTS[index] };
  };
  if (year >= 1300 && year <= 1500) {
    if (month === undefined) return { year };
    if (month < 1 || month > 12) return 'date.invalid';
    if (day === undefined) return { year, month };
    return isValidJalaaliDate(year, month, day) ? dayPeriod(year, month, day) : 'date.invalid';
  }
  if (month === undefined || day === undefined) return 'date.invalid';
  try {
    parseIsoDate(`${match[1]}-${match[2]}-${match[3]}`);
  } catch {
    return 'date.invalid';
  }
  const { jy, jm, jd } = toJalaali(year, month, day);
  if (jy < 1300 || jy > 1500) return 'date.out-of-range';
  return dayPeriod(jy, jm, jd);
}

/** A feature read and checked, before places are shared out. */
interface MeetingDraft {
  index: number;
  id: string;
  userId: boolean;
  /** Where the id is in the file. */
  idPath: string;
  kind: EventKind;
  country: Iso3;
  when: JalaliPeriod;
  point: LonLat;
  title?: Bilingual;
  place?: Bilingual;
  summary?: Bilingual;
  counterpart?: Bilingual;
  office?: Bilingual;
  topics: Bilingual[];
  source?: string;
}

interface CorridorDraft {
  index: number;
  id: string;
  userId: boolean;
  idPath: string;
  name: Bilingual;
  summary?: Bilingual;
  source?: string;
  event?: string;
  countries?: Iso3[];
  /** Lines of the geometry, each with its index in a MultiLineString (0 for a LineString). */
  lines: LonLat[][];
}

/** Reads the features' properties, reporting what is wrong where. */
class FeatureReader {
  /** The feature being read: its index and id, added to every problem's location. */
  private context: { index?: number; id?: string } = {};

  constructor(readonly problems: ImportProblem[]) {}

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

  unknownProperties(props: JsonObject, known: ReadonlySet<string>, base: string): void {
    for (const key of Object.keys(props)) {
      if (!known.has(key))
        this.report('warning', 'property.unknown', `${base}/${pointerSegment(key)}`, {
          property: key,
        });
    }
  }
}

/** A text for both languages from a string or `{ en, fa }`; undefined when it is neither. */
function textPair(value: unknown): Bilingual | undefined {
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

/** Checks every position; reports the first out of range. Returns false when one is. */
function positionsInRange(
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

/**
 * Converts a GeoJSON FeatureCollection (or one Feature) into a dataset, leniently: every feature is
 * checked with check-geojson and our own rules, and those with errors are left out. `text` is the
 * file (for positions of problems), `root` its parsed value.
 *
 * Mapping (see docs/data-format.md): LineString and MultiLineString features are corridors, each
 * line a leg through schematic places made from its vertices; Point features are meetings. Other
 * geometries are refused. Everything made is schematic and not in the article. Trips start from
 * Tehran ({@link GEOJSON_HOME}).
 *
 * @example
 * const { dataset, problems } = datasetFromGeojson(text, JSON.parse(text), { registry, validate });
 */
export function datasetFromGeojson(
  text: string,
  root: JsonObject,
  context: ImportContext,
  options: { fileName?: string; onProgress?: CheckProgress } = {},
): LenientDatasetResult {
  const { registry } = context;
  const problems: ImportProblem[] = [];
  const none = (items = 0): LenientDatasetResult => ({
    dataset: null,
    problems,
    counts: { items, kept: 0 },
  });
  const type = own(root, 'type');
  const lines = new LineIndex(text);
  const located = (
    pointer: string,
    offset: number | undefined,
    extra: Partial<ProblemLocation> = {},
  ) => ({
    path: pointer,
    ...extra,
    ...(offset === undefined ? {} : lines.at(offset)),
  });

  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) {
    problems.push(problem('error', 'format.bare-geometry', { path: '/type' }, { type }));
    return none();
  }

  // Where each feature is in the text, and the collection's own members.
  let features: unknown[];
  let spans: [number, number][];
  let prefix: string;
  if (type === 'Feature') {
    features = [root];
    spans = [[0, text.length]];
    prefix = '';
  } else {
    const list = own(root, 'features');
    const found = Array.isArray(list) ? featureSpans(text) : null;
    // The collection checked with its features emptied out; offsets after the array shift back.
    const [open, close] = found?.array ?? [0, 0];
    const shell = found ? `${text.slice(0, open + 1)}${text.slice(close - 1)}` : text;
    const shift = close - open - 2;
    let fatal = !found;
    for (const issue of checkGeojson(shell)) {
      const offset = found && issue.offset > open ? issue.offset + shift : issue.offset;
      const harmless = ['geojson.forbidden-member', 'geojson.bbox'].includes(issue.code);
      fatal ||= !harmless;
      problems.push(
        problem(
          harmless ? 'warning' : 'error',
          issue.code,
          located(pointerAt(text, offset), offset),
          issue.params,
        ),
      );
    }
    if (fatal || !found || !Array.isArray(list)) {
      if (problems.length === 0)
        problems.push(
          problem('error', 'geojson.member-missing', { path: '' }, { member: 'features' }),
        );
      return none();
    }
    const back = (offset: number) => (offset > open ? offset + shift : offset);
    for (const { pointer, offset } of duplicateKeys(shell)) {
      const key = pointerSegments(pointer).pop() ?? '';
      problems.push(
        problem('warning', 'json.duplicate-key', located(pointer, back(offset)), { key }),
      );
    }
    const unknown = Object.keys(root).filter((key) => !COLLECTION_MEMBERS.has(key));
    const offsets = offsetsOf(
      shell,
      unknown.map((key) => `/${pointerSegment(key)}`),
    );
    for (const key of unknown) {
      const pointer = `/${pointerSegment(key)}`;
      const offset = offsets.get(pointer);
      problems.push(
        problem(
          'warning',
          'property.unknown',
          located(pointer, offset === undefined ? undefined : back(offset)),
          { property: key },
        ),
      );
    }
    features = list;
    spans = found.features;
    prefix = '/features';
  }

  const reader = new FeatureReader(problems);
  const meetings: MeetingDraft[] = [];
  const corridors: CorridorDraft[] = [];
  const total = features.length;
  const every = Math.max(1, Math.floor(total / 100));

  features.forEach((feature, index) => {
    if (index % every === 0) options.onProgress?.(index, total);
    const [start, end] = spans[index] ?? [0, text.length];
    const slice = type === 'Feature' ? text : text.slice(start, end);
    const base = type === 'Feature' ? '' : `${prefix}/${index}`;
    const properties = isJsonObject(feature) ? own(feature, 'properties') : undefined;
    const rawId = isJsonObject(feature)
      ? ((isJsonObject(properties) ? own(properties, 'id') : undefined) ?? own(feature, 'id'))
      : undefined;
    const idText =
      typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
    reader.at(index, idText);

    // 1. Structure, by check-geojson; then numbers JSON cannot hold.
    if (!isJsonObject(feature)) {
      reader.report('error', 'geojson.not-object', base);
      return;
    }
    const ids = idText === undefined ? {} : { id: idText };
    const issues = checkGeojson(slice);
    for (const issue of issues) {
      const pointer = `${base}${pointerAt(slice, issue.offset)}`;
      problems.push(
        problem(
          'error',
          issue.code,
          located(pointer, start + issue.offset, { index, ...ids }),
          issue.params,
        ),
      );
    }
    const repeated = duplicateKeys(slice);
    for (const { pointer, offset } of repeated) {
      const key = pointerSegments(pointer).pop() ?? '';
      problems.push(
        problem(
          'error',
          'json.duplicate-key',
          located(`${base}${pointer}`, start + offset, { index, ...ids }),
          { key },
        ),
      );
    }
    if (issues.length > 0 || repeated.length > 0) return;
    const nonFinite = nonFinitePointers(feature);
    for (const pointer of nonFinite) {
      reader.report('error', 'json.non-finite', `${base}${pointer}`, {
        value: String(valueAt(feature, pointer)),
      });
    }
    if (nonFinite.length > 0) return;

    // 2. Geometry.
    const geometry = own(feature, 'geometry');
    const props = (
      isJsonObject(own(feature, 'properties')) ? own(feature, 'properties') : {}
    ) as JsonObject;
    const propsBase = `${base}/properties`;
    if (!isJsonObject(geometry)) {
      reader.report('error', 'geometry.missing', `${base}/geometry`);
      return;
    }
    const geometryType = own(geometry, 'type') as string;
    const coordinates = own(geometry, 'coordinates');
    const coordsBase = `${base}/geometry/coordinates`;
    const idValue = own(props, 'id');
    if (idValue !== undefined && idValue !== null && idText === undefined) {
      reader.report('warning', 'property.invalid', `${propsBase}/id`, {
        property: 'id',
        expected: 'id',
      });
    }
    const idPath = idValue === undefined ? `${base}/id` : `${propsBase}/id`;
    const idOf = (prefixName: string) => {
      const slug = idText === undefined ? '' : slugId(idText);
      return slug === ''
        ? { id: `${prefixName}-${index + 1}`, userId: false, idPath }
        : { id: slug, userId: true, idPath };
    };

    if (geometryType === 'Point') {
      const position = coordinates as number[];
      if (!positionsInRange(reader, [position], () => coordsBase)) return;
      const point: LonLat = [position[0] as number, position[1] as number];
      reader.unknownProperties(props, MEETING_PROPERTIES, propsBase);
      const countryValue = own(props, 'country');
      let country: Iso3 | undefined;
      if (countryValue === undefined || countryValue === null) {
        reader.report('error', 'property.missing', propsBase, { property: 'country' });
      } else {
        country = reader.country(countryValue, `${propsBase}/country`, 'error', registry);
      }
      const dateValue = own(props, 'date');
      let when: JalaliPeriod | undefined;
      if (dateValue === undefined || dateValue === null) {
        reader.report('error', 'property.missing', propsBase, { property: 'date' });
      } else if (typeof dateValue !== 'string' && typeof dateValue !== 'number') {
        reader.report('error', 'date.invalid', `${propsBase}/date`, {
          value: JSON.stringify(dateValue) ?? '',
        });
      } else {
        const parsed = parseMeetingDate(dateValue);
        if (typeof parsed === 'string')
          reader.report('error', parsed, `${propsBase}/date`, { value: String(dateValue) });
        else when = parsed;
      }
      const kindValue = own(props, 'kind');
      let kind: EventKind = 'trip';
      if (kindValue === 'trip' || kindValue === 'embassy') kind = kindValue;
      else if (kindValue !== undefined && kindValue !== null) {
        reader.report('warning', 'property.invalid', `${propsBase}/kind`, {
          property: 'kind',
          expected: 'kind',
        });
      }
      const title = reader.bilingual(props, 'title', propsBase, false);
      const place = reader.bilingual(props, 'place', propsBase, false);
      const summary = reader.bilingual(props, 'summary', propsBase, false);
      const counterpart = reader.bilingual(props, 'counterpart', propsBase, false);
      const office = reader.bilingual(props, 'office', propsBase, false);
      const source = reader.text(props, 'source', propsBase);
      const topics: Bilingual[] = [];
      const topicsValue = own(props, 'topics');
      if (topicsValue !== undefined && topicsValue !== null) {
        const list: unknown[] = Array.isArray(topicsValue) ? topicsValue : [topicsValue];
        list.forEach((item, i) => {
          const topic = textPair(item);
          if (topic) topics.push(topic);
          else {
            const at = Array.isArray(topicsValue) ? `/${i}` : '';
            reader.report('warning', 'property.invalid', `${propsBase}/topics${at}`, {
              property: 'topics',
              expected: 'text',
            });
          }
        });
      }
      if (country === undefined || when === undefined) return;
      if (kind === 'trip') {
        const fit = countryFit(registry, country, point);
        if (fit === 'swapped')
          reader.report('warning', 'coordinates.swapped', coordsBase, {
            lon: point[0],
            lat: point[1],
            code: country,
          });
        else if (fit === 'outside')
          reader.report('warning', 'coordinates.outside-country', coordsBase, {
            lon: point[0],
            lat: point[1],
            code: country,
          });
      }
      meetings.push({
        index,
        ...idOf('meeting'),
        kind,
        country,
        when,
        point,
        topics,
        ...(title ? { title } : {}),
        ...(place ? { place } : {}),
        ...(summary ? { summary } : {}),
        ...(counterpart ? { counterpart } : {}),
        ...(office ? { office } : {}),
        ...(source ? { source } : {}),
      });
      return;
    }

    if (geometryType === 'LineString' || geometryType === 'MultiLineString') {
      const raw = (geometryType === 'LineString' ? [coordinates] : coordinates) as number[][][];
      const linesOk = raw.every((line, k) =>
        positionsInRange(reader, line, (i) =>
          geometryType === 'LineString' ? `${coordsBase}/${i}` : `${coordsBase}/${k}/${i}`,
        ),
      );
      if (!linesOk) return;
      const drawn: LonLat[][] = [];
      raw.forEach((line, k) => {
        const out: LonLat[] = [];
        for (const [lon = 0, lat = 0] of line) {
          const point: LonLat = [lon, lat];
          const last = out[out.length - 1];
          if (!last || positionKey(last) !== positionKey(point)) out.push(point);
        }
        if (out.length < 2) {
          reader.report(
            'error',
            'geometry.degenerate',
            geometryType === 'LineString' ? coordsBase : `${coordsBase}/${k}`,
          );
        }
        drawn.push(out);
      });
      reader.unknownProperties(props, CORRIDOR_PROPERTIES, propsBase);
      const name = reader.bilingual(props, 'name', propsBase, true);
      const summary = reader.bilingual(props, 'summary', propsBase, false);
      const source = reader.text(props, 'source', propsBase);
      const eventValue = own(props, 'event');
      let event: string | undefined;
      if (typeof eventValue === 'string' || typeof eventValue === 'number')
        event = slugId(eventValue) || undefined;
      else if (eventValue !== undefined && eventValue !== null) {
        reader.report('warning', 'property.invalid', `${propsBase}/event`, {
          property: 'event',
          expected: 'id',
        });
      }
      const countriesValue = own(props, 'countries');
      let countries: Iso3[] | undefined;
      if (Array.isArray(countriesValue)) {
        countries = countriesValue
          .map((value, i) =>
            reader.country(value, `${propsBase}/countries/${i}`, 'warning', registry),
          )
          .filter((code): code is Iso3 => code !== undefined);
      } else if (countriesValue !== undefined && countriesValue !== null) {
        reader.report('warning', 'property.invalid', `${propsBase}/countries`, {
          property: 'countries',
          expected: 'country-list',
        });
      }
      if (name === undefined || drawn.some((line) => line.length < 2)) return;
      corridors.push({
        index,
        ...idOf('corridor'),
        name,
        lines: drawn,
        ...(summary ? { summary } : {}),
        ...(source ? { source } : {}),
        ...(event ? { event } : {}),
        ...(countries ? { countries } : {}),
      });
      return;
    }

    reader.report('error', 'geometry.unsupported', `${base}/geometry/type`, { type: geometryType });
  });
  options.onProgress?.(total, total);

  const featurePath = (index: number) => (type === 'Feature' ? '' : `${prefix}/${index}`);
  const { dataset, kept } = assemble(
    meetings,
    corridors,
    root,
    context,
    reader,
    featurePath,
    options.fileName,
  );
  // Line and column of every feature problem that has none yet, from its pointer; then file order:
  // the collection's own problems first, then feature by feature.
  fillPositions(text, spans, type === 'Feature' ? '' : prefix, problems, lines);
  problems.sort((a, b) => (a.where.index ?? -1) - (b.where.index ?? -1));
  if (kept.size === 0) return none(total);
  // The dataset is built to pass the schema; should it not, that is a bug, not the file's fault.
  if (!context.validate(dataset)) {
    for (const error of context.validate.errors ?? []) {
      problems.push(
        problem(
          'error',
          'internal',
          { path: error.instancePath },
          { message: error.message ?? error.keyword },
        ),
      );
    }
    return none(total);
  }
  return { dataset, problems, counts: { items: total, kept: kept.size } };
}

/** Gives problems located by pointer only a line and column, one feature's text at a time. */
function fillPositions(
  text: string,
  spans: readonly [number, number][],
  prefix: string,
  problems: ImportProblem[],
  lines: LineIndex,
): void {
  const byFeature = new Map<number, ImportProblem[]>();
  for (const p of problems) {
    if (p.where.line !== undefined || p.where.index === undefined) continue;
    const list = byFeature.get(p.where.index) ?? [];
    list.push(p);
    byFeature.set(p.where.index, list);
  }
  for (const [index, list] of [...byFeature].sort((a, b) => a[0] - b[0])) {
    const [start, end] = spans[index] ?? [0, text.length];
    const base = prefix === '' ? '' : `${prefix}/${index}`;
    const slice = prefix === '' ? text : text.slice(start, end);
    const local = (pointer: string) => pointer.slice(base.length);
    const offsets = offsetsOf(
      slice,
      list.map((p) => local(p.where.path)),
    );
    for (const p of list.sort(
      (a, b) => (offsets.get(local(a.where.path)) ?? 0) - (offsets.get(local(b.where.path)) ?? 0),
    )) {
      const offset = offsets.get(local(p.where.path));
      if (offset !== undefined) Object.assign(p.where, lines.at(start + offset));
    }
  }
}

/** Builds the dataset from the checked features: places shared by position, ids made unique. */
function assemble(
  meetingDrafts: MeetingDraft[],
  corridorDrafts: CorridorDraft[],
  root: JsonObject,
  context: ImportContext,
  reader: FeatureReader,
  featurePath: (index: number) => string,
  fileName: string | undefined,
): { dataset: Dataset; kept: Set<number> } {
  const { registry } = context;
  const locate = countryLocator(registry);
  const countryName = (code: Iso3): Bilingual => registry.get(code)?.name ?? { en: code, fa: code };
  const home: Place = {
    ...GEOJSON_HOME,
    name: { ...GEOJSON_HOME.name },
    coordinates: [...GEOJSON_HOME.coordinates],
  };
  const placesByKey = new Map<string, Place>([[positionKey(home.coordinates), home]]);
  const places: Place[] = [home];
  const addPlace = (place: Place): Place => {
    placesByKey.set(positionKey(place.coordinates), place);
    places.push(place);
    return place;
  };
  const roles = new Map<Iso3, { roles: Set<CountryRole>; corridors: Set<string> }>();
  const role = (code: Iso3, r: CountryRole, corridor?: string) => {
    const entry = roles.get(code) ?? { roles: new Set(), corridors: new Set() };
    entry.roles.add(r);
    if (corridor) entry.corridors.add(corridor);
    roles.set(code, entry);
  };
  role(home.country, 'iran');

  /** Keeps the first draft of each user-given id; generated ids get a suffix until unique. */
  const uniqueIds = <T extends { id: string; userId: boolean; index: number; idPath: string }>(
    drafts: T[],
    kind: string,
  ) => {
    const taken = new Set(drafts.filter((d) => d.userId).map((d) => d.id));
    const seen = new Set<string>();
    return drafts.filter((draft) => {
      if (draft.userId) {
        if (seen.has(draft.id)) {
          reader.at(draft.index, draft.id);
          reader.report('error', 'id.duplicate', draft.idPath, { id: draft.id, kind });
          return false;
        }
        seen.add(draft.id);
        return true;
      }
      let id = draft.id;
      for (let n = 2; taken.has(id); n++) id = `${draft.id}-${n}`;
      draft.id = id;
      taken.add(id);
      return true;
    });
  };

  // Meetings, at places shared by exact position.
  const meetings = uniqueIds(meetingDrafts, 'meeting');
  const events: AtlasEvent[] = meetings.map((m) => {
    const key = positionKey(m.point);
    const place =
      placesByKey.get(key) ??
      addPlace({
        id: `${m.id}-place`,
        name: m.place ?? countryName(m.country),
        country:
          countryFit(registry, m.country, m.point) === 'inside' ? m.country : locate(m.point),
        coordinates: m.point,
        inArticle: false,
      });
    role(m.country, 'partner');
    const with_ = countryName(m.country);
    const title = m.title ?? { en: `Meeting with ${with_.en}`, fa: `دیدار با ${with_.fa}` };
    return {
      id: m.id,
      kind: m.kind,
      title,
      country: m.country,
      place: place.id,
      when: m.when,
      counterparts:
        m.counterpart || m.office
          ? [
              {
                name: m.counterpart ?? null,
                office: m.office ?? { en: 'Representative', fa: 'نماینده' },
                country: m.country,
              },
            ]
          : [],
      topics: m.topics,
      summary: m.summary ?? title,
      source: m.source ?? NO_SOURCE,
    };
  });
  const eventIds = new Set(events.map((e) => e.id));
  const eventsInFile = new Set(meetingDrafts.map((m) => m.id));

  // Corridors: each line a leg; a line that continues the previous one (an antimeridian cut) joins
  // it; one that starts on an earlier leg's vertex branches from it; any other starts a new corridor.
  let placeholder: string | undefined;
  let defaulted = 0;
  const corridors: Corridor[] = [];
  const keptCorridors = uniqueIds(corridorDrafts, 'corridor');
  for (const draft of keptCorridors) {
    reader.at(draft.index, draft.userId ? draft.id : undefined);
    const base = featurePath(draft.index);
    let event = draft.event !== undefined && eventIds.has(draft.event) ? draft.event : undefined;
    if (draft.event !== undefined && event === undefined) {
      reader.report('warning', 'ref.pruned', `${base}/properties/event`, {
        kind: 'event',
        id: draft.event,
        reason: eventsInFile.has(draft.event) ? 'dropped' : 'missing',
      });
    } else if (draft.event === undefined) {
      defaulted += 1;
    }
    if (event === undefined) {
      if (placeholder === undefined) {
        placeholder = 'imported-corridors';
        for (let n = 2; eventIds.has(placeholder); n++) placeholder = `imported-corridors-${n}`;
      }
      event = placeholder;
    }

    const parts: { legs: LonLat[][]; keys: Set<string> }[] = [];
    let previous: { part: number; leg: number } | undefined;
    draft.lines.forEach((line, k) => {
      const startKey = positionKey(line[0] as LonLat);
      const prevPart = previous && parts[previous.part];
      const prevLeg = previous && prevPart?.legs[previous.leg];
      if (prevPart && prevLeg && positionKey(prevLeg[prevLeg.length - 1] as LonLat) === startKey) {
        prevLeg.push(...line.slice(1));
        line.forEach((p) => prevPart.keys.add(positionKey(p)));
        return;
      }
      let partIndex = parts.findIndex((part) => part.keys.has(startKey));
      if (partIndex < 0) {
        if (parts.length > 0) {
          reader.report('warning', 'geometry.disjoint-line', `${base}/geometry/coordinates/${k}`, {
            line: k + 1,
          });
        }
        parts.push({ legs: [], keys: new Set() });
        partIndex = parts.length - 1;
      }
      const part = parts[partIndex] as { legs: LonLat[][]; keys: Set<string> };
      part.legs.push([...line]);
      line.forEach((p) => part.keys.add(positionKey(p)));
      previous = { part: partIndex, leg: part.legs.length - 1 };
    });

    parts.forEach((part, p) => {
      const id = p === 0 ? draft.id : `${draft.id}-part-${p + 1}`;
      const name =
        parts.length === 1
          ? draft.name
          : {
              en: `${draft.name.en} (${p + 1})`,
              fa: `${draft.name.fa} (${formatNumber(p + 1, 'fa')})`,
            };
      let count = 0;
      const waypointCountries = new Set<Iso3>();
      const legs = part.legs.map((leg, j) => ({
        id: `leg-${j + 1}`,
        name:
          part.legs.length === 1
            ? name
            : {
                en: `${name.en}, leg ${j + 1}`,
                fa: `${name.fa}، بخش ${formatNumber(j + 1, 'fa')}`,
              },
        waypoints: leg.map((point) => {
          const existing = placesByKey.get(positionKey(point));
          if (existing) {
            waypointCountries.add(existing.country);
            return existing.id;
          }
          count += 1;
          const country = locate(point);
          waypointCountries.add(country);
          const where = countryName(country);
          return addPlace({
            id: `${id}-${count}`,
            name: {
              en: `${where.en} (point ${count})`,
              fa: `${where.fa} (نقطهٔ ${formatNumber(count, 'fa')})`,
            },
            country,
            coordinates: point,
            inArticle: false,
          }).id;
        }),
      }));
      for (const code of draft.countries ?? waypointCountries) role(code, 'transit', id);
      corridors.push({
        id,
        name,
        summary: draft.summary ?? {
          en: 'Schematic route from imported data: lines join the file’s points, not a surveyed cable.',
          fa: 'مسیر شماتیک از داده‌های واردشده: خط‌ها نقطه‌های پرونده را به هم وصل می‌کنند، نه مسیر نقشه‌برداری‌شدهٔ یک کابل.',
        },
        schematic: true,
        event,
        legs,
        source: draft.source ?? NO_SOURCE,
      });
    });
  }

  if (placeholder !== undefined) {
    reader.at();
    if (defaulted > 0)
      reader.report('warning', 'corridor.event-defaulted', '', { count: defaulted });
    events.push({
      id: placeholder,
      kind: 'embassy',
      title: { en: 'Corridors of the imported file', fa: 'کریدورهای پروندهٔ واردشده' },
      country: home.country,
      place: home.id,
      when: { year: PLACEHOLDER_YEAR },
      counterparts: [],
      topics: [],
      summary: {
        en: 'The imported file does not say at which meeting these corridors were proposed.',
        fa: 'پروندهٔ واردشده نمی‌گوید این کریدورها در کدام دیدار پیشنهاد شده‌اند.',
      },
      source: NO_SOURCE,
    });
  }

  const ORDER: CountryRole[] = ['iran', 'partner', 'transit', 'destination'];
  const countries: CountryDetails[] = [...roles]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, entry]) => ({
      code,
      roles: ORDER.filter((r) => entry.roles.has(r)),
      inArticle: false,
      cooperation: [],
      corridors: corridors.map((c) => c.id).filter((id) => entry.corridors.has(id)),
    }));

  reader.at();
  const fromFile = fileName
    ?.replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, MAX_TEXT);
  const title =
    reader.bilingual(root, 'title', '', false) ??
    (typeof own(root, 'name') === 'string' && (own(root, 'name') as string).trim()
      ? {
          en: (own(root, 'name') as string).trim().slice(0, MAX_TEXT),
          fa: (own(root, 'name') as string).trim().slice(0, MAX_TEXT),
        }
      : fromFile
        ? { en: fromFile, fa: fromFile }
        : { en: 'Imported data', fa: 'داده‌های واردشده' });
  const dataset: Dataset = {
    version: 1,
    title,
    source: { title, publisher: { en: 'Imported GeoJSON file', fa: 'پروندهٔ GeoJSON واردشده' } },
    home: home.id,
    places,
    events,
    corridors,
    countries,
  };
  return { dataset, kept: new Set([...meetings, ...keptCorridors].map((draft) => draft.index)) };
}
