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
import { COLLECTIONS, locate, ownerOf, type Collection } from './dataset-locations';
import { countryFit } from './geo-checks';
import {
  isJsonObject,
  nonFinitePointers,
  own,
  pointerSegment,
  pointerSegments,
  valueAt,
  type JsonObject,
} from './json-values';
import { schemaProblems } from './schema-problems';
import type { XmlParser } from './xml-features';
import {
  problem,
  type Problem,
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
  /** Parses KML and GPX; without it, an XML file is refused (`format.xml`). */
  parseXml?: XmlParser;
}

/** The valid part of a dataset (null when its top level is unusable), and every problem found. */
export interface LenientDatasetResult {
  dataset: Dataset | null;
  problems: Problem[];
  counts: { items: number; kept: number };
}

/** Kinds of item that refer to one another, as named in `ref.*` problems. */
export type ItemKind = 'place' | 'event' | 'corridor' | 'leg' | 'country' | 'chapter';

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

/** A dataset being checked: its data, the problems found, the items left out. */
class Check {
  readonly problems: Problem[] = [];
  /** Owners (item pointers, `top`, `story`) left out. */
  readonly invalid = new Set<string>();

  constructor(
    readonly data: JsonObject,
    readonly registry: CountryRegistry,
  ) {}

  report(severity: Severity, code: ProblemCode, pointer: string, params: ProblemParams = {}) {
    this.problems.push(problem(severity, code, locate(this.data, pointer), params));
  }

  /** The items of a collection not yet left out. */
  entries<T>(name: Collection): Entry<T>[] {
    const list = own(this.data, name);
    if (!Array.isArray(list) || this.invalid.has(name === 'story' ? 'story' : '')) return [];
    return (list as T[])
      .map((item, index) => ({ item, index }))
      .filter(({ index }) => !this.invalid.has(`/${name}/${index}`));
  }

  /** Ids every item of a collection has in the file, valid or not: to tell "dropped" from "missing". */
  idsInFile(name: Collection, key = 'id'): Set<string> {
    const list = own(this.data, name);
    const ids = new Set<string>();
    if (Array.isArray(list)) {
      for (const item of list) {
        const id = isJsonObject(item) ? own(item, key) : undefined;
        if (typeof id === 'string') ids.add(id);
      }
    }
    return ids;
  }

  /** Reports a reference to a `kind` that is not kept: `ref.dropped` if the file has it, else `ref.missing`. */
  badRef(pointer: string, kind: ItemKind, id: string, inFile: ReadonlySet<string>): void {
    this.report('error', inFile.has(id) ? 'ref.dropped' : 'ref.missing', pointer, { kind, id });
  }

  /** Keeps the first item of each id; reports the later ones. */
  unique<T>(list: Entry<T>[], name: Collection, idOf: (item: T) => string, key = 'id'): Entry<T>[] {
    const seen = new Set<string>();
    return list.filter(({ item, index }) => {
      const id = idOf(item);
      if (seen.has(id)) {
        this.report('error', 'id.duplicate', `/${name}/${index}/${key}`, { id });
        return false;
      }
      seen.add(id);
      return true;
    });
  }

  knownCountry(code: string, pointer: string): boolean {
    if (this.registry.has(code)) return true;
    this.report('error', 'country.unknown', pointer, { code });
    return false;
  }
}

/**
 * Problems found in the text (repeated keys), numbers JSON cannot hold, then the schema: each error
 * leaves its item out; unknown properties are removed.
 */
function checkShape(check: Check, context: ImportContext, found: readonly Problem[]): void {
  const { data, problems, invalid } = check;
  for (const f of found) {
    problems.push({ ...f, where: { ...f.where, ...locate(data, f.where.path) } });
    if (f.severity === 'error') invalid.add(ownerOf(f.where.path));
  }
  const nonFinite = nonFinitePointers(data);
  for (const pointer of nonFinite) {
    check.report('error', 'json.non-finite', pointer, { value: String(valueAt(data, pointer)) });
    invalid.add(ownerOf(pointer));
  }
  if (context.validate(data)) return;
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

/** Places: a known country; a point outside it, or swapped, is warned about. */
function checkPlaces(check: Check): Entry<Place>[] {
  return check
    .unique(check.entries<Place>('places'), 'places', (p) => p.id)
    .filter(({ item, index }) => {
      if (!check.knownCountry(item.country, `/places/${index}/country`)) return false;
      const fit = countryFit(check.registry, item.country, item.coordinates);
      const [lon, lat] = item.coordinates;
      if (fit === 'swapped' || fit === 'outside') {
        const code = fit === 'swapped' ? 'coordinates.swapped' : 'coordinates.outside-country';
        check.report('warning', code, `/places/${index}/coordinates`, {
          lon,
          lat,
          code: item.country,
        });
      }
      return true;
    });
}

/** Events: known countries, a valid period, a kept place. */
function checkEvents(check: Check, placeIds: ReadonlySet<string>): Entry<AtlasEvent>[] {
  const placesInFile = check.idsInFile('places');
  return check
    .unique(check.entries<AtlasEvent>('events'), 'events', (e) => e.id)
    .filter(({ item, index }) => {
      let ok = check.knownCountry(item.country, `/events/${index}/country`);
      item.counterparts.forEach((c, j) => {
        if (c.country !== null) {
          ok = check.knownCountry(c.country, `/events/${index}/counterparts/${j}/country`) && ok;
        }
      });
      try {
        assertValidPeriod(item.when);
      } catch (error) {
        check.report('error', 'period.invalid', `/events/${index}/when`, {
          reason: (error as Error).message,
        });
        ok = false;
      }
      if (item.place !== null && !placeIds.has(item.place)) {
        check.badRef(`/events/${index}/place`, 'place', item.place, placesInFile);
        ok = false;
      }
      return ok;
    });
}

/** The corridors kept, and for each corridor id the ids of its legs kept and in the file. */
interface KeptCorridors {
  corridors: Entry<Corridor>[];
  keptLegs: Map<string, Set<string>>;
  legsInFile: Map<string, Set<string>>;
}

/**
 * A corridor's legs through kept places, each branching from an earlier kept leg (the first of
 * each part, see `CorridorLeg.part`, starts where it likes). A leg that starts
 * on a leg left out only says so (`cause: 'dropped-leg'`): the leg left out is the problem.
 */
function keptLegsOf(
  check: Check,
  item: Corridor,
  base: string,
  placeIds: ReadonlySet<string>,
): CorridorLeg[] {
  const placesInFile = check.idsInFile('places');
  const reached = new Set<string>();
  const reachedInFile = new Set<string>();
  const legIds = new Set<string>();
  const partsKept = new Set<number>();
  const legs: CorridorLeg[] = [];
  item.legs.forEach((leg, j) => {
    const legPath = `${base}/legs/${j}`;
    if (check.invalid.has(legPath)) return;
    if (legIds.has(leg.id)) {
      check.report('error', 'id.duplicate', `${legPath}/id`, { id: leg.id });
      return;
    }
    let legOk = true;
    leg.waypoints.forEach((id, k) => {
      if (!placeIds.has(id)) {
        check.badRef(`${legPath}/waypoints/${k}`, 'place', id, placesInFile);
        legOk = false;
      }
    });
    const first = leg.waypoints[0] as string;
    const part = leg.part ?? 0;
    if (legOk && partsKept.has(part) && !reached.has(first)) {
      check.report('error', 'leg.branch', `${legPath}/waypoints/0`, {
        leg: leg.id,
        waypoint: first,
        ...(reachedInFile.has(first) ? { cause: 'dropped-leg' } : {}),
      });
      legOk = false;
    }
    leg.waypoints.forEach((id) => reachedInFile.add(id));
    if (!legOk) return;
    legIds.add(leg.id);
    partsKept.add(part);
    leg.waypoints.forEach((id) => reached.add(id));
    legs.push(leg);
  });
  return legs;
}

/** Corridors: a kept event, and at least one kept leg. */
function checkCorridors(
  check: Check,
  placeIds: ReadonlySet<string>,
  eventIds: ReadonlySet<string>,
): KeptCorridors {
  const eventsInFile = check.idsInFile('events');
  const keptLegs = new Map<string, Set<string>>();
  const legsInFile = new Map<string, Set<string>>();
  const corridors = check
    .unique(check.entries<Corridor>('corridors'), 'corridors', (c) => c.id)
    .map(({ item, index }) => {
      const base = `/corridors/${index}`;
      let ok = true;
      if (item.event !== undefined && !eventIds.has(item.event)) {
        check.badRef(`${base}/event`, 'event', item.event, eventsInFile);
        ok = false;
      }
      legsInFile.set(
        item.id,
        new Set(item.legs.map((leg) => (isJsonObject(leg) ? String(own(leg, 'id')) : ''))),
      );
      const legs = keptLegsOf(check, item, base, placeIds);
      if (legs.length === 0) {
        check.report('error', 'corridor.no-legs', `${base}/legs`, { id: item.id });
        ok = false;
      }
      keptLegs.set(item.id, new Set(legs.map((leg) => leg.id)));
      return { item: { ...item, legs }, index, ok };
    })
    .filter((entry) => entry.ok)
    .map(({ item, index }) => ({ item, index }));
  return { corridors, keptLegs, legsInFile };
}

/** Country entries: known codes; references to corridors left out are removed with a warning. */
function checkCountries(check: Check, corridorIds: ReadonlySet<string>): Entry<CountryDetails>[] {
  const corridorsInFile = check.idsInFile('corridors');
  return check
    .unique(check.entries<CountryDetails>('countries'), 'countries', (c) => c.code, 'code')
    .filter(({ item, index }) => check.knownCountry(item.code, `/countries/${index}/code`))
    .map(({ item, index }) => {
      const kept = item.corridors.filter((id, j) => {
        if (corridorIds.has(id)) return true;
        check.report('warning', 'ref.pruned', `/countries/${index}/corridors/${j}`, {
          kind: 'corridor',
          id,
          reason: corridorsInFile.has(id) ? 'dropped' : 'missing',
        });
        return false;
      });
      return { item: { ...item, corridors: kept }, index };
    });
}

/** Whether a chapter's corridors, and the legs it names, are kept (reporting those that are not). */
function chapterCorridorsKept(check: Check, item: Chapter, base: string, kept: KeptCorridors) {
  const corridorIds = new Set(kept.corridors.map(({ item: c }) => c.id));
  const corridorsInFile = check.idsInFile('corridors');
  let ok = true;
  item.corridors.forEach((shownCorridor, j) => {
    if (!corridorIds.has(shownCorridor.id)) {
      check.badRef(`${base}/corridors/${j}/id`, 'corridor', shownCorridor.id, corridorsInFile);
      ok = false;
      return;
    }
    (shownCorridor.legs ?? []).forEach((legId, k) => {
      if (!kept.keptLegs.get(shownCorridor.id)?.has(legId)) {
        const inFile = kept.legsInFile.get(shownCorridor.id) ?? new Set<string>();
        check.badRef(`${base}/corridors/${j}/legs/${k}`, 'leg', legId, inFile);
        ok = false;
      }
    });
  });
  return ok;
}

/** The story: every chapter's references resolve to kept items, and its date is a real day. */
function checkStory(
  check: Check,
  kept: KeptCorridors,
  eventIds: ReadonlySet<string>,
  countryCodes: ReadonlySet<string>,
): Entry<Chapter>[] {
  const eventsInFile = check.idsInFile('events');
  const countriesInFile = check.idsInFile('countries', 'code');
  const chapters = check
    .unique(check.entries<Chapter>('story'), 'story', (c) => c.id)
    .filter(({ item, index }) => {
      const base = `/story/${index}`;
      let ok = chapterCorridorsKept(check, item, base, kept);
      item.events.forEach((id, j) => {
        if (!eventIds.has(id)) {
          check.badRef(`${base}/events/${j}`, 'event', id, eventsInFile);
          ok = false;
        }
      });
      item.countries.forEach((code, j) => {
        ok = check.knownCountry(code, `${base}/countries/${j}`) && ok;
      });
      if (item.country !== null && !countryCodes.has(item.country)) {
        check.badRef(`${base}/country`, 'country', item.country, countriesInFile);
        ok = false;
      }
      try {
        parseIsoDate(item.date);
      } catch {
        check.report('error', 'date.invalid', `${base}/date`, { value: item.date });
        ok = false;
      }
      return ok;
    });
  const storyInFile = own(check.data, 'story');
  if (Array.isArray(storyInFile) && storyInFile.length > 0 && chapters.length === 0) {
    check.report('warning', 'story.empty', '/story');
  }
  return chapters;
}

/** How to check: see {@link parseDatasetLenientWith}. */
export interface LenientOptions {
  mutate?: boolean;
  found?: readonly Problem[];
  /** Go on checking when there can be no dataset (a missing home), to list every error. */
  complete?: boolean;
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
 * leaves its item out. With `options.complete`, a missing home does not stop the check.
 *
 * @example
 * const { dataset, problems } = parseDatasetLenientWith(JSON.parse(text), { registry, validate });
 */
export function parseDatasetLenientWith(
  input: unknown,
  context: ImportContext,
  options: LenientOptions = {},
): LenientDatasetResult {
  if (!isJsonObject(input)) {
    const found = Array.isArray(input) ? 'array' : typeof input;
    return {
      dataset: null,
      problems: [problem('error', 'json.not-object', { path: '' }, { found })],
      counts: { items: 0, kept: 0 },
    };
  }
  const data = options.mutate ? input : (structuredClone(input) as JsonObject);
  const check = new Check(data, context.registry);
  checkShape(check, context, options.found ?? []);
  const itemCount = COLLECTIONS.reduce((sum, name) => {
    const list = own(data, name);
    return sum + (Array.isArray(list) ? list.length : 0);
  }, 0);
  const none = (): LenientDatasetResult => ({
    dataset: null,
    problems: check.problems,
    counts: { items: itemCount, kept: 0 },
  });
  if (check.invalid.has('top')) return none();

  const places = checkPlaces(check);
  const placeIds = new Set(places.map(({ item }) => item.id));
  const home = own(data, 'home') as string;
  const homeKept = placeIds.has(home);
  if (!homeKept) {
    const reason = check.idsInFile('places').has(home) ? 'dropped' : 'missing';
    check.report('error', 'home.missing', '/home', { id: home, reason });
    if (!options.complete) return none();
  }
  const events = checkEvents(check, placeIds);
  const eventIds = new Set(events.map(({ item }) => item.id));
  const kept = checkCorridors(check, placeIds, eventIds);
  const corridorIds = new Set(kept.corridors.map(({ item }) => item.id));
  const countries = checkCountries(check, corridorIds);
  const countryCodes = new Set(countries.map(({ item }) => item.code));
  const chapters = checkStory(check, kept, eventIds, countryCodes);
  if (!homeKept) return none();

  const dataset: Dataset = {
    version: 1,
    title: own(data, 'title') as Dataset['title'],
    source: own(data, 'source') as Dataset['source'],
    home,
    places: places.map(({ item }) => item),
    events: events.map(({ item }) => item),
    corridors: kept.corridors.map(({ item }) => item),
    countries: countries.map(({ item }) => item),
    ...(chapters.length > 0 ? { story: chapters.map(({ item }) => item) } : {}),
  };
  const keptCount =
    places.length + events.length + kept.corridors.length + countries.length + chapters.length;
  return { dataset, problems: check.problems, counts: { items: itemCount, kept: keptCount } };
}
