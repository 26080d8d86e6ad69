// Lenient dataset checking: keeps every valid item, leaves out invalid ones and those that depend on them.
import { parseIsoDate } from '../../i18n/iso-date';
import type { ErrorObject } from 'ajv';
import { assertValidPeriod } from '../../i18n/jalali-period';
import type { CountryRegistry } from '../countries';
import type {
  AtlasEvent,
  Chapter,
  Corridor,
  CorridorLeg,
  CountryDetails,
  Dataset,
  Place,
} from '../../dataset';
import { countryFit, rangeProblemCode } from './geo-checks';
import {
  isJsonObject,
  nonFinitePointers,
  own,
  pointerSegment,
  pointerSegments,
  valueAt,
  type JsonObject,
} from './json-values';
import {
  problem,
  type ImportProblem,
  type ProblemCode,
  type ProblemParams,
  type Severity,
} from './problem';

/** A compiled JSON Schema validator of data/atlas.schema.json (Ajv, standalone or not). */
export interface DatasetValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** What a lenient check needs: the country registry and the schema validator. */
export interface ImportContext {
  registry: CountryRegistry;
  validate: DatasetValidator;
}

/** The valid part of a dataset (null when its top level is unusable), and every problem found. */
export interface LenientDatasetResult {
  dataset: Dataset | null;
  problems: ImportProblem[];
  counts: { items: number; kept: number };
}

/** Kinds of item that refer to one another, as named in `ref.*` problems. */
export type ItemKind = 'place' | 'event' | 'corridor' | 'leg' | 'country' | 'chapter';

const COLLECTIONS = ['places', 'events', 'corridors', 'countries', 'story'] as const;
type Collection = (typeof COLLECTIONS)[number];

// The schema's patterns, recognised to give a specific problem instead of "must match pattern".
const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const ISO3_PATTERN = '^[A-Z]{3}$';
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** A short, quotable form of a value for a problem's parameters. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * The item a pointer falls in: a place, event, corridor, leg, country or chapter (its own pointer),
 * `story` for the story array itself, or `top` for the dataset's top level.
 */
function ownerOf(pointer: string): string {
  const [collection, index, sub, subIndex] = pointerSegments(pointer);
  if (!COLLECTIONS.includes(collection as Collection)) return 'top';
  if (index === undefined) return collection === 'story' ? 'story' : 'top';
  if (collection === 'corridors' && sub === 'legs' && subIndex !== undefined) {
    return `/corridors/${index}/legs/${subIndex}`;
  }
  return `/${collection}/${index}`;
}

/** Where a problem is: the pointer, and the index and id of the top-level item it falls in. */
function locate(data: JsonObject, pointer: string): ImportProblem['where'] {
  const [collection, index] = pointerSegments(pointer);
  if (!COLLECTIONS.includes(collection as Collection) || index === undefined)
    return { path: pointer };
  const item = valueAt(data, `/${collection}/${index}`);
  const id = isJsonObject(item) ? own(item, collection === 'countries' ? 'code' : 'id') : undefined;
  return {
    path: pointer,
    index: Number(index),
    ...(typeof id === 'string' ? { id } : {}),
  };
}

/** One schema error as a problem's code, severity and parameters. */
function fromSchemaError(
  error: ErrorObject,
  data: JsonObject,
): { severity: Severity; code: ProblemCode; params: ProblemParams; path: string } {
  const params = error.params as Record<string, unknown>;
  const path = error.instancePath;
  const value = () => shown(valueAt(data, path));
  const of = (severity: Severity, code: ProblemCode, p: ProblemParams = {}, at = path) => ({
    severity,
    code,
    params: p,
    path: at,
  });
  switch (error.keyword) {
    case 'required':
      return of('error', 'property.missing', { property: String(params.missingProperty) });
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      return of('warning', 'property.unknown', { property }, `${path}/${pointerSegment(property)}`);
    }
    case 'type':
      return of('error', 'schema.type', { expected: String(params.type) });
    case 'enum':
      return of('error', 'schema.enum', {
        value: value(),
        allowed: (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', '),
      });
    case 'const':
      return of('error', 'schema.const', {
        value: value(),
        allowed: JSON.stringify(params.allowedValue),
      });
    case 'pattern':
      if (params.pattern === ID_PATTERN) return of('error', 'id.format', { value: value() });
      if (params.pattern === ISO3_PATTERN) return of('error', 'country.format', { value: value() });
      if (params.pattern === DATE_PATTERN) return of('error', 'date.invalid', { value: value() });
      return of('error', 'schema.other', { keyword: 'pattern' });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return of('error', 'schema.range', {
        value: value(),
        comparison: String(params.comparison),
        limit: Number(params.limit),
      });
    case 'minLength':
      return of('error', 'text.empty');
    case 'maxLength':
      return of('error', 'text.too-long', { limit: Number(params.limit) });
    case 'minItems':
      return of('error', 'schema.too-few', { limit: Number(params.limit) });
    case 'maxItems':
    case 'items':
      return of('error', 'schema.too-many', { limit: Number(params.limit) });
    case 'uniqueItems':
      return of('error', 'schema.duplicate-items', {
        first: Number(params.j),
        second: Number(params.i),
      });
    case 'anyOf':
      return of('error', 'schema.any-of', { value: value() });
    default:
      return of('error', 'schema.other', { keyword: error.keyword });
  }
}

const LONLAT_PART = /^(.*\/(?:coordinates|center))\/[01]$/;
const RANGE_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

/**
 * The schema's errors as problems, with the noise taken out: the alternatives of an `anyOf` that
 * the value was plainly not meant to match, repeated messages, errors on numbers already reported
 * as not finite; a `[lon, lat]` out of range becomes one problem for the pair, telling swapped
 * coordinates apart.
 */
function schemaProblems(
  errors: readonly ErrorObject[],
  data: JsonObject,
  nonFinite: ReadonlySet<string>,
): ImportProblem[] {
  const anyOfPaths = new Set(
    errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath),
  );
  const seen = new Set<string>();
  const lonLats = new Set<string>();
  const out: ImportProblem[] = [];
  for (const error of errors) {
    const path = error.instancePath;
    if (nonFinite.has(path)) continue;
    if (anyOfPaths.has(path) && error.keyword === 'type') continue;
    if (error.keyword === 'anyOf') {
      const explained = errors.some(
        (e) =>
          e !== error &&
          e.keyword !== 'type' &&
          (e.instancePath === path || e.instancePath.startsWith(`${path}/`)),
      );
      if (explained) continue;
    }
    const lonLat = LONLAT_PART.exec(path)?.[1];
    if (lonLat !== undefined && RANGE_KEYWORDS.has(error.keyword)) {
      if (lonLats.has(lonLat)) continue;
      lonLats.add(lonLat);
      const pair = valueAt(data, lonLat) as unknown[];
      const [lon, lat] = [Number(pair[0]), Number(pair[1])];
      const code = rangeProblemCode(lon, lat) ?? 'coordinates.out-of-range';
      out.push(problem('error', code, locate(data, lonLat), { lon, lat }));
      continue;
    }
    // `items: false` repeats `maxItems` in the same words; unknown properties differ by name.
    const extra = String((error.params as Record<string, unknown>).additionalProperty ?? '');
    const key = `${path}\u0000${error.message ?? error.keyword}\u0000${extra}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mapped = fromSchemaError(error, data);
    out.push(problem(mapped.severity, mapped.code, locate(data, mapped.path), mapped.params));
  }
  return out;
}

/** Deletes an unknown property the schema reported, so that the kept item is valid. */
function stripProperty(data: JsonObject, objectPath: string, property: string): void {
  const target = valueAt(data, objectPath);
  if (isJsonObject(target) && Object.prototype.hasOwnProperty.call(target, property)) {
    delete target[property];
  }
}

/** An item of a collection with its index in the file. */
interface Entry<T> {
  item: T;
  index: number;
}

/**
 * Checks a dataset leniently: the schema (data/atlas.schema.json) and the rules it cannot state,
 * item by item. Invalid places, events, corridors, legs, country entries and story chapters are
 * left out, each with its problems, and so is every item that depends on one left out (an event
 * held at a dropped place, a corridor proposed at a dropped event, a leg through a dropped place, a
 * chapter showing a dropped corridor); a country entry's reference to a dropped corridor is removed
 * with a warning. Unknown properties are removed with a warning. When the top level itself is
 * unusable (no title, a `home` that is not a valid place, `places` not a list…) there is no dataset.
 *
 * The input is not changed unless `options.mutate` is true (for input parsed only for this call).
 * `options.found` are problems already found in the text (repeated keys): reported, and each error
 * leaves its item out.
 *
 * @example
 * const { dataset, problems } = parseDatasetLenientWith(JSON.parse(text), { registry, validate });
 */
export function parseDatasetLenientWith(
  input: unknown,
  context: ImportContext,
  options: { mutate?: boolean; found?: readonly ImportProblem[] } = {},
): LenientDatasetResult {
  const none = (problems: ImportProblem[], items = 0): LenientDatasetResult => ({
    dataset: null,
    problems,
    counts: { items, kept: 0 },
  });
  if (!isJsonObject(input)) {
    return none([
      problem(
        'error',
        'json.not-object',
        { path: '' },
        { found: Array.isArray(input) ? 'array' : typeof input },
      ),
    ]);
  }
  const data = options.mutate ? input : (structuredClone(input) as JsonObject);
  const { registry } = context;
  const problems: ImportProblem[] = [];
  const invalid = new Set<string>(); // owners (item pointers) left out

  // 1. Problems found in the text (repeated keys), numbers JSON cannot hold, then the schema.
  for (const found of options.found ?? []) {
    problems.push({ ...found, where: { ...found.where, ...locate(data, found.where.path) } });
    if (found.severity === 'error') invalid.add(ownerOf(found.where.path));
  }
  const nonFinite = nonFinitePointers(data);
  for (const pointer of nonFinite) {
    problems.push(
      problem('error', 'json.non-finite', locate(data, pointer), {
        value: String(valueAt(data, pointer)),
      }),
    );
    invalid.add(ownerOf(pointer));
  }
  if (!context.validate(data)) {
    for (const p of schemaProblems(context.validate.errors ?? [], data, new Set(nonFinite))) {
      problems.push(p);
      if (p.code === 'property.unknown') {
        const segments = pointerSegments(p.where.path);
        const property = segments.pop() as string;
        stripProperty(data, segments.map((s) => `/${pointerSegment(s)}`).join(''), property);
      } else {
        invalid.add(ownerOf(p.where.path));
      }
    }
  }

  const itemCount = COLLECTIONS.reduce((sum, name) => {
    const list = own(data, name);
    return sum + (Array.isArray(list) ? list.length : 0);
  }, 0);
  if (invalid.has('top')) return none(problems, itemCount);

  const entries = <T>(name: Collection): Entry<T>[] => {
    const list = own(data, name);
    if (!Array.isArray(list) || invalid.has(name === 'story' ? 'story' : '')) return [];
    return (list as T[])
      .map((item, index) => ({ item, index }))
      .filter(({ index }) => !invalid.has(`/${name}/${index}`));
  };
  /** Ids every item of a collection has in the file, valid or not: to tell "dropped" from "missing". */
  const idsInFile = (name: Collection, key = 'id') => {
    const list = own(data, name);
    const ids = new Set<string>();
    if (Array.isArray(list)) {
      for (const item of list) {
        const id = isJsonObject(item) ? own(item, key) : undefined;
        if (typeof id === 'string') ids.add(id);
      }
    }
    return ids;
  };
  const report = (
    severity: Severity,
    code: ProblemCode,
    pointer: string,
    params: ProblemParams = {},
  ) => problems.push(problem(severity, code, locate(data, pointer), params));
  /** Reports a reference to a `kind` that is not kept: `ref.dropped` if the file has it, else `ref.missing`. */
  const badRef = (pointer: string, kind: ItemKind, id: string, inFile: ReadonlySet<string>) =>
    report('error', inFile.has(id) ? 'ref.dropped' : 'ref.missing', pointer, { kind, id });
  /** Keeps the first item of each id; reports the later ones. */
  const unique = <T>(list: Entry<T>[], name: Collection, idOf: (item: T) => string, key = 'id') => {
    const seen = new Set<string>();
    return list.filter(({ item, index }) => {
      const id = idOf(item);
      if (seen.has(id)) {
        report('error', 'id.duplicate', `/${name}/${index}/${key}`, { id });
        return false;
      }
      seen.add(id);
      return true;
    });
  };
  const knownCountry = (code: string, pointer: string): boolean => {
    if (registry.has(code)) return true;
    report('error', 'country.unknown', pointer, { code });
    return false;
  };

  // 2. Places.
  const places = unique(entries<Place>('places'), 'places', (p) => p.id).filter(
    ({ item, index }) => {
      if (!knownCountry(item.country, `/places/${index}/country`)) return false;
      const fit = countryFit(registry, item.country, item.coordinates);
      const [lon, lat] = item.coordinates;
      if (fit === 'swapped') {
        report('warning', 'coordinates.swapped', `/places/${index}/coordinates`, {
          lon,
          lat,
          code: item.country,
        });
      } else if (fit === 'outside') {
        report('warning', 'coordinates.outside-country', `/places/${index}/coordinates`, {
          lon,
          lat,
          code: item.country,
        });
      }
      return true;
    },
  );
  const placeIds = new Set(places.map(({ item }) => item.id));
  const home = own(data, 'home') as string;
  if (!placeIds.has(home)) {
    report('error', 'home.missing', '/home', { id: home });
    return none(problems, itemCount);
  }

  // 3. Events: known countries, a valid period, a kept place.
  const placesInFile = idsInFile('places');
  const events = unique(entries<AtlasEvent>('events'), 'events', (e) => e.id).filter(
    ({ item, index }) => {
      let ok = knownCountry(item.country, `/events/${index}/country`);
      item.counterparts.forEach((c, j) => {
        if (c.country !== null) {
          ok = knownCountry(c.country, `/events/${index}/counterparts/${j}/country`) && ok;
        }
      });
      try {
        assertValidPeriod(item.when);
      } catch (error) {
        report('error', 'period.invalid', `/events/${index}/when`, {
          reason: (error as Error).message,
        });
        ok = false;
      }
      if (item.place !== null && !placeIds.has(item.place)) {
        badRef(`/events/${index}/place`, 'place', item.place, placesInFile);
        ok = false;
      }
      return ok;
    },
  );
  const eventIds = new Set(events.map(({ item }) => item.id));

  // 4. Corridors: a kept event, and legs through kept places, each branching from an earlier kept leg.
  const eventsInFile = idsInFile('events');
  const keptLegs = new Map<string, Set<string>>(); // corridor id → ids of its kept legs
  const legsInFile = new Map<string, Set<string>>();
  const corridors = unique(entries<Corridor>('corridors'), 'corridors', (c) => c.id)
    .map(({ item, index }) => {
      const base = `/corridors/${index}`;
      let ok = true;
      if (!eventIds.has(item.event)) {
        badRef(`${base}/event`, 'event', item.event, eventsInFile);
        ok = false;
      }
      legsInFile.set(
        item.id,
        new Set(item.legs.map((leg) => (isJsonObject(leg) ? String(own(leg, 'id')) : ''))),
      );
      const reached = new Set<string>();
      const legIds = new Set<string>();
      const legs: CorridorLeg[] = [];
      item.legs.forEach((leg, j) => {
        const legPath = `${base}/legs/${j}`;
        if (invalid.has(legPath)) return;
        if (legIds.has(leg.id)) {
          report('error', 'id.duplicate', `${legPath}/id`, { id: leg.id });
          return;
        }
        let legOk = true;
        leg.waypoints.forEach((id, k) => {
          if (!placeIds.has(id)) {
            badRef(`${legPath}/waypoints/${k}`, 'place', id, placesInFile);
            legOk = false;
          }
        });
        const first = leg.waypoints[0] as string;
        if (legOk && legs.length > 0 && !reached.has(first)) {
          report('error', 'leg.branch', `${legPath}/waypoints/0`, { leg: leg.id, waypoint: first });
          legOk = false;
        }
        if (!legOk) return;
        legIds.add(leg.id);
        leg.waypoints.forEach((id) => reached.add(id));
        legs.push(leg);
      });
      if (legs.length === 0) {
        report('error', 'corridor.no-legs', `${base}/legs`, { id: item.id });
        ok = false;
      }
      keptLegs.set(item.id, legIds);
      return { item: { ...item, legs }, index, ok };
    })
    .filter((entry) => entry.ok)
    .map(({ item, index }) => ({ item, index }));
  const corridorIds = new Set(corridors.map(({ item }) => item.id));

  // 5. Country entries: known codes; references to corridors left out are removed.
  const corridorsInFile = idsInFile('corridors');
  const countries = unique(entries<CountryDetails>('countries'), 'countries', (c) => c.code, 'code')
    .filter(({ item, index }) => knownCountry(item.code, `/countries/${index}/code`))
    .map(({ item, index }) => {
      const kept = item.corridors.filter((id, j) => {
        if (corridorIds.has(id)) return true;
        report('warning', 'ref.pruned', `/countries/${index}/corridors/${j}`, {
          kind: 'corridor',
          id,
          reason: corridorsInFile.has(id) ? 'dropped' : 'missing',
        });
        return false;
      });
      return { item: { ...item, corridors: kept }, index };
    });
  const countryCodes = new Set(countries.map(({ item }) => item.code));

  // 6. The story: every chapter's references resolve to kept items, and its date is a real day.
  const storyInFile = own(data, 'story');
  const countriesInFile = idsInFile('countries', 'code');
  const chapters = unique(entries<Chapter>('story'), 'story', (c) => c.id).filter(
    ({ item, index }) => {
      const base = `/story/${index}`;
      let ok = true;
      item.corridors.forEach((shownCorridor, j) => {
        if (!corridorIds.has(shownCorridor.id)) {
          badRef(`${base}/corridors/${j}/id`, 'corridor', shownCorridor.id, corridorsInFile);
          ok = false;
          return;
        }
        (shownCorridor.legs ?? []).forEach((legId, k) => {
          if (!keptLegs.get(shownCorridor.id)?.has(legId)) {
            badRef(
              `${base}/corridors/${j}/legs/${k}`,
              'leg',
              legId,
              legsInFile.get(shownCorridor.id) ?? new Set(),
            );
            ok = false;
          }
        });
      });
      item.events.forEach((id, j) => {
        if (!eventIds.has(id)) {
          badRef(`${base}/events/${j}`, 'event', id, eventsInFile);
          ok = false;
        }
      });
      item.countries.forEach((code, j) => {
        ok = knownCountry(code, `${base}/countries/${j}`) && ok;
      });
      if (item.country !== null && !countryCodes.has(item.country)) {
        badRef(`${base}/country`, 'country', item.country, countriesInFile);
        ok = false;
      }
      try {
        parseIsoDate(item.date);
      } catch {
        report('error', 'date.invalid', `${base}/date`, { value: item.date });
        ok = false;
      }
      return ok;
    },
  );
  if (Array.isArray(storyInFile) && storyInFile.length > 0 && chapters.length === 0) {
    report('warning', 'story.empty', '/story');
  }

  const dataset: Dataset = {
    version: 1,
    title: own(data, 'title') as Dataset['title'],
    source: own(data, 'source') as Dataset['source'],
    home,
    places: places.map(({ item }) => item),
    events: events.map(({ item }) => item),
    corridors: corridors.map(({ item }) => item),
    countries: countries.map(({ item }) => item),
    ...(chapters.length > 0 ? { story: chapters.map(({ item }) => item) } : {}),
  };
  const kept =
    places.length + events.length + corridors.length + countries.length + chapters.length;
  return { dataset, problems, counts: { items: itemCount, kept } };
}
