// LineString and MultiLineString features of a GeoJSON import: each a schematic corridor of legs.
import type { AtlasEvent, Bilingual, Corridor, CorridorLeg, Iso3, LonLat } from '../../dataset';
import { formatNumber } from '../../i18n/format';
import type { CountryRegistry } from '../countries';
import { countryLocator } from './geo-checks';
import type { CountryRoles } from './geojson-countries';
import { countryNameOf, type PlaceIndex } from './geojson-places';
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
import { own } from './json-values';

/** The Jalali year given to the placeholder meeting of corridors that name none. */
const PLACEHOLDER_YEAR = 1403;

/** The properties a line feature reads; any other is reported as unknown. */
const CORRIDOR_PROPERTIES = new Set([
  'id',
  'event',
  'countries',
  'source',
  ...['name', 'summary'].flatMap(bilingualNames),
]);

/** A line feature read and checked, before places are shared out. */
export interface CorridorDraft extends DraftId {
  index: number;
  name: Bilingual;
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
  reader.unknownProperties(props, CORRIDOR_PROPERTIES, propsBase);
  const name = reader.bilingual(props, 'name', propsBase, true);
  const summary = reader.bilingual(props, 'summary', propsBase, false);
  const source = reader.text(props, 'source', propsBase);
  const links = readLinks(input);
  if (name === undefined || drawn.some((line) => line.length < 2)) return undefined;
  return {
    index: input.index,
    ...input.idOf('corridor'),
    name,
    lines: drawn,
    ...(summary ? { summary } : {}),
    ...(source ? { source } : {}),
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
 * part, with a `geometry.disjoint-line` warning.
 */
function connectedParts(draft: CorridorDraft, reader: FeatureReader, base: string): Part[] {
  const parts: Part[] = [];
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

/** A part's legs, through the places at their vertices (made, named after their country, if new). */
function legsOf(
  part: Part,
  id: string,
  name: Bilingual,
  context: CorridorContext,
): { legs: CorridorLeg[]; countries: Set<Iso3> } {
  const locate = countryLocator(context.registry);
  const countryName = countryNameOf(context.registry);
  let count = 0;
  const countries = new Set<Iso3>();
  const legs = part.legs.map((leg, j) => ({
    id: `leg-${j + 1}`,
    name:
      part.legs.length === 1
        ? name
        : { en: `${name.en}, leg ${j + 1}`, fa: `${name.fa}، بخش ${formatNumber(j + 1, 'fa')}` },
    waypoints: leg.map((point) => {
      const existing = context.places.at(point);
      if (existing) {
        countries.add(existing.country);
        return existing.id;
      }
      count += 1;
      const country = locate(point);
      countries.add(country);
      const where = countryName(country);
      return context.places.add({
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
  return { legs, countries };
}

/** One corridor per connected part of a draft; parts after the first get `-part-<n>` ids. */
function corridorsOf(draft: CorridorDraft, event: string, context: CorridorContext): Corridor[] {
  const parts = connectedParts(draft, context.reader, context.featurePath(draft.index));
  return parts.map((part, p) => {
    const id = p === 0 ? draft.id : `${draft.id}-part-${p + 1}`;
    const name =
      parts.length === 1
        ? draft.name
        : {
            en: `${draft.name.en} (${p + 1})`,
            fa: `${draft.name.fa} (${formatNumber(p + 1, 'fa')})`,
          };
    const { legs, countries } = legsOf(part, id, name, context);
    for (const code of draft.countries ?? countries) context.roles.add(code, 'transit', id);
    return {
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
    };
  });
}

/** The placeholder meeting at home that corridors naming no kept meeting are proposed at. */
function placeholderEvent(id: string, home: PlaceIndex['home']): AtlasEvent {
  return {
    id,
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
  };
}

/**
 * The corridor drafts as corridors, each at its meeting: one that names a meeting not kept is
 * proposed at a placeholder meeting instead (a `ref.pruned` warning), and so is one that names
 * none (counted in one `corridor.event-defaulted` warning). Returns the corridors and the
 * placeholder meeting, when one was needed.
 *
 * @example
 * const { corridors, placeholder } = buildCorridors(drafts, events, draftsOfMeetings, context);
 */
export function buildCorridors(
  drafts: readonly CorridorDraft[],
  events: readonly AtlasEvent[],
  eventsInFile: ReadonlySet<string>,
  context: CorridorContext,
): { corridors: Corridor[]; placeholder?: AtlasEvent } {
  const { reader } = context;
  const eventIds = new Set(events.map((e) => e.id));
  let placeholder: string | undefined;
  let defaulted = 0;
  const corridors: Corridor[] = [];
  for (const draft of drafts) {
    reader.at(draft.index, draft.userId ? draft.id : undefined);
    let event = draft.event !== undefined && eventIds.has(draft.event) ? draft.event : undefined;
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
    corridors.push(...corridorsOf(draft, event, context));
  }
  if (placeholder === undefined) return { corridors };
  reader.at();
  if (defaulted > 0) reader.report('warning', 'corridor.event-defaulted', '', { count: defaulted });
  return { corridors, placeholder: placeholderEvent(placeholder, context.places.home) };
}
