// LineString and MultiLineString features of a GeoJSON import: each a schematic corridor of legs.
import type {
  AtlasEvent,
  Bilingual,
  Corridor,
  CorridorLeg,
  ExtraProperties,
  Iso3,
  LonLat,
  Style,
} from '../../dataset';
import { formatNumber } from '../../i18n/format';
import type { CountryRegistry } from '../countries';
import { countryLocator } from './geo-checks';
import type { CountryRoles } from './geojson-countries';
import type { PlaceIndex } from './geojson-places';
import {
  bilingualNames,
  NO_SOURCE,
  positionKey,
  positionsInRange,
  slugId,
  type DraftId,
  type FeatureInput,
  type FeatureReader,
} from './geojson-properties';
import { extraProperties, guessedName, NAME_KEYS, STYLE_KEYS, styleOf } from './geojson-style';
import { own } from './json-values';

/** The properties a line feature reads; any other is reported as unknown. */
const CORRIDOR_PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'event',
  'countries',
  'source',
  'description',
  ...['name', 'summary'].flatMap(bilingualNames),
  ...NAME_KEYS,
  ...STYLE_KEYS,
]);

/** A line feature read and checked, before places are shared out. */
export interface CorridorDraft extends DraftId {
  index: number;
  /** Undefined until named "Line <n>" when the file gives nothing to name it by. */
  name?: Bilingual;
  /** The property a guessed name comes from, or `default` for "Line <n>"; absent for `name`. */
  nameFrom?: string;
  style?: Style;
  properties?: ExtraProperties;
  summary?: Bilingual;
  source?: string;
  event?: string;
  countries?: Iso3[];
  /** Lines of the geometry, each with its index in a MultiLineString (0 for a LineString). */
  lines: LonLat[][];
}

/** The geometry's lines with repeated positions removed; a line left with one position is an error. */
function drawnLines(input: FeatureInput): LonLat[][] | undefined {
  const { reader, geometryType, coordsBase } = input;
  const single = geometryType === 'LineString';
  const raw = (single ? [input.coordinates] : input.coordinates) as number[][][];
  const inRange = raw.every((line, k) =>
    positionsInRange(reader, line, (i) =>
      single ? `${coordsBase}/${i}` : `${coordsBase}/${k}/${i}`,
    ),
  );
  if (!inRange) return undefined;
  return raw.map((line, k) => {
    const out: LonLat[] = [];
    for (const [lon = 0, lat = 0] of line) {
      const point: LonLat = [lon, lat];
      const last = out[out.length - 1];
      if (!last || positionKey(last) !== positionKey(point)) out.push(point);
    }
    if (out.length < 2) {
      reader.report('error', 'geometry.degenerate', single ? coordsBase : `${coordsBase}/${k}`);
    }
    return out;
  });
}

/** A corridor's `event` (kebab-cased) and `countries`; invalid ones are ignored with a warning. */
function readLinks(input: FeatureInput): { event?: string; countries?: Iso3[] } {
  const { reader, props, propsBase, registry } = input;
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
      .map((value, i) => reader.country(value, `${propsBase}/countries/${i}`, 'warning', registry))
      .filter((code): code is Iso3 => code !== undefined);
  } else if (countriesValue !== undefined && countriesValue !== null) {
    reader.report('warning', 'property.invalid', `${propsBase}/countries`, {
      property: 'countries',
      expected: 'country-list',
    });
  }
  return { ...(event ? { event } : {}), ...(countries ? { countries } : {}) };
}

/**
 * Reads a LineString or MultiLineString feature as a corridor; undefined when it cannot be one
 * (its problems reported).
 *
 * @example
 * const draft = readCorridor(input); // input: a FeatureInput of a line feature
 */
export function readCorridor(input: FeatureInput): CorridorDraft | undefined {
  const { reader, props, propsBase } = input;
  const drawn = drawnLines(input);
  if (drawn === undefined) return undefined;
  reader.hostileProperties(props, propsBase);
  const named = reader.bilingual(props, 'name', propsBase, false);
  const guessed = named ? undefined : guessedName(props);
  const summary =
    reader.bilingual(props, 'summary', propsBase, false) ??
    reader.bilingual(props, 'description', propsBase, false);
  const source = reader.text(props, 'source', propsBase);
  const links = readLinks(input);
  const style = styleOf(props, 'line');
  const properties = extraProperties(props, CORRIDOR_PROPERTIES);
  if (drawn.some((line) => line.length < 2)) return undefined;
  return {
    index: input.index,
    ...input.idOf('corridor'),
    ...(named ? { name: named } : {}),
    ...(guessed ? { name: { en: guessed.text, fa: guessed.text }, nameFrom: guessed.key } : {}),
    ...(named || guessed ? {} : { nameFrom: 'default' }),
    lines: drawn,
    ...(summary ? { summary } : {}),
    ...(source ? { source } : {}),
    ...(style ? { style } : {}),
    ...(properties ? { properties } : {}),
    ...links,
  };
}

/** Legs that share vertices, and the keys of those vertices. */
interface Part {
  legs: LonLat[][];
  keys: Set<string>;
}

/**
 * A draft's lines as connected parts: a line that continues the previous one (an antimeridian cut)
 * joins it; one that starts on an earlier leg's vertex branches from it; any other starts a new
 * part of the same corridor.
 */
function connectedParts(draft: CorridorDraft): Part[] {
  const parts: Part[] = [];
  let previous: { part: number; leg: number } | undefined;
  draft.lines.forEach((line) => {
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
      parts.push({ legs: [], keys: new Set() });
      partIndex = parts.length - 1;
    }
    const part = parts[partIndex] as Part;
    part.legs.push([...line]);
    line.forEach((p) => part.keys.add(positionKey(p)));
    previous = { part: partIndex, leg: part.legs.length - 1 };
  });
  return parts;
}

/** What turning corridor drafts into corridors shares: places, roles, the registry. */
export interface CorridorContext {
  places: PlaceIndex;
  roles: CountryRoles;
  registry: CountryRegistry;
  reader: FeatureReader;
  featurePath: (index: number) => string;
}

/**
 * The legs of every part, through the places at their vertices; a vertex with no place yet gets
 * one named after the corridor and marked unnamed, so that it is drawn but never labelled.
 */
function legsOf(parts: readonly Part[], id: string, name: Bilingual, context: CorridorContext) {
  const locate = countryLocator(context.registry);
  let count = 0;
  const total = parts.reduce((sum, part) => sum + part.legs.length, 0);
  const legs: CorridorLeg[] = [];
  parts.forEach((part, p) => {
    for (const leg of part.legs) {
      const j = legs.length;
      legs.push({
        id: `leg-${j + 1}`,
        name:
          total === 1
            ? name
            : {
                en: `${name.en}, leg ${j + 1}`,
                fa: `${name.fa}، بخش ${formatNumber(j + 1, 'fa')}`,
              },
        waypoints: leg.map((point) => {
          const existing = context.places.at(point);
          if (existing) return existing.id;
          count += 1;
          return context.places.add({
            id: `${id}-${count}`,
            name,
            country: locate(point),
            coordinates: point,
            inArticle: false,
            unnamed: true,
          }).id;
        }),
        ...(p > 0 ? { part: p } : {}),
      });
    }
  });
  return legs;
}

/** A draft as one corridor, its lines as legs in parts; its roles only from its `countries`. */
function corridorOf(
  draft: CorridorDraft & { name: Bilingual },
  event: string | undefined,
  context: CorridorContext,
): Corridor {
  const legs = legsOf(connectedParts(draft), draft.id, draft.name, context);
  for (const code of draft.countries ?? []) context.roles.add(code, 'transit', draft.id);
  return {
    id: draft.id,
    name: draft.name,
    summary: draft.summary ?? {
      en: 'Schematic route from imported data: lines join the file’s points, not a surveyed cable.',
      fa: 'مسیر شماتیک از داده‌های واردشده: خط‌ها نقطه‌های پرونده را به هم وصل می‌کنند، نه مسیر نقشه‌برداری‌شدهٔ یک کابل.',
    },
    schematic: true,
    ...(event === undefined ? {} : { event }),
    legs,
    source: draft.source ?? NO_SOURCE,
    ...(draft.style ? { style: draft.style } : {}),
    ...(draft.properties ? { properties: draft.properties } : {}),
  };
}

/**
 * The corridor drafts as corridors, each at its meeting when it names a kept one (one that names a
 * meeting not kept stands on its own, with a `ref.pruned` warning). Drafts with nothing to name them
 * by are called "Line 1", "Line 2"… in file order.
 *
 * @example
 * const corridors = buildCorridors(drafts, events, meetingIdsInFile, context);
 */
export function buildCorridors(
  drafts: readonly CorridorDraft[],
  events: readonly AtlasEvent[],
  eventsInFile: ReadonlySet<string>,
  context: CorridorContext,
): Corridor[] {
  const { reader } = context;
  const eventIds = new Set(events.map((e) => e.id));
  let unnamed = 0;
  return drafts.map((draft) => {
    reader.at(draft.index, draft.userId ? draft.id : undefined);
    const event = draft.event !== undefined && eventIds.has(draft.event) ? draft.event : undefined;
    if (draft.event !== undefined && event === undefined) {
      reader.report(
        'warning',
        'ref.pruned',
        `${context.featurePath(draft.index)}/properties/event`,
        {
          kind: 'event',
          id: draft.event,
          reason: eventsInFile.has(draft.event) ? 'dropped' : 'missing',
        },
      );
    }
    const name = draft.name ?? lineName((unnamed += 1));
    return corridorOf({ ...draft, name }, event, context);
  });
}

/** "Line <n>", in both languages. */
function lineName(n: number): Bilingual {
  return { en: `Line ${n}`, fa: `خط ${formatNumber(n, 'fa')}` };
}
