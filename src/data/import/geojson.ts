// GeoJSON (RFC 7946) to a dataset: reads each feature by its kind, then puts the dataset together.
import type { Bilingual, Dataset } from '../../dataset';
import {
  checkFeatureText,
  fillPositions,
  locatorOf,
  readFeatureList,
  type FeatureList,
} from './geojson-collection';
import { createCountryRoles } from './geojson-countries';
import { buildCorridors, readCorridor, type CorridorDraft } from './geojson-lines';
import { createPlaceIndex, uniqueIds } from './geojson-places';
import { buildEvents, readMeeting, type MeetingDraft } from './geojson-points';
import { FeatureReader, MAX_TEXT, slugId, type FeatureInput } from './geojson-properties';
import { LineIndex } from './json-text';
import { isJsonObject, own, type JsonObject } from './json-values';
import type { ImportContext, LenientDatasetResult } from './lenient-dataset';
import { problem, type Problem } from './problem';

export { GEOJSON_HOME } from './geojson-places';
export { parseMeetingDate } from './geojson-points';
export { slugId } from './geojson-properties';

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

/** The checked features, by kind. */
interface Drafts {
  meetings: MeetingDraft[];
  corridors: CorridorDraft[];
}

/** The feature's id as text (from `properties.id`, else the feature's `id`), if it has one. */
function idTextOf(feature: unknown): string | undefined {
  if (!isJsonObject(feature)) return undefined;
  const properties = own(feature, 'properties');
  const raw = (isJsonObject(properties) ? own(properties, 'id') : undefined) ?? own(feature, 'id');
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
}

/** Reads one structurally valid feature into a draft of its kind, reporting what is wrong. */
function readFeature(
  feature: JsonObject,
  base: string,
  index: number,
  idText: string | undefined,
  reader: FeatureReader,
  context: ImportContext,
  drafts: Drafts,
): void {
  const geometry = own(feature, 'geometry');
  const properties = own(feature, 'properties');
  const props = (isJsonObject(properties) ? properties : {}) as JsonObject;
  const propsBase = `${base}/properties`;
  if (!isJsonObject(geometry)) {
    reader.report('error', 'geometry.missing', `${base}/geometry`);
    return;
  }
  const geometryType = own(geometry, 'type') as string;
  const idValue = own(props, 'id');
  if (idValue !== undefined && idValue !== null && idText === undefined) {
    reader.report('warning', 'property.invalid', `${propsBase}/id`, {
      property: 'id',
      expected: 'id',
    });
  }
  const idPath = idValue === undefined ? `${base}/id` : `${propsBase}/id`;
  const input: FeatureInput = {
    reader,
    registry: context.registry,
    index,
    props,
    propsBase,
    geometryType,
    coordinates: own(geometry, 'coordinates'),
    coordsBase: `${base}/geometry/coordinates`,
    idOf: (prefix) => {
      const slug = idText === undefined ? '' : slugId(idText);
      return slug === ''
        ? { id: `${prefix}-${index + 1}`, userId: false, idPath }
        : { id: slug, userId: true, idPath };
    },
  };
  if (geometryType === 'Point') {
    const meeting = readMeeting(input);
    if (meeting) drafts.meetings.push(meeting);
  } else if (geometryType === 'LineString' || geometryType === 'MultiLineString') {
    const corridor = readCorridor(input);
    if (corridor) drafts.corridors.push(corridor);
  } else {
    reader.report('error', 'geometry.unsupported', `${base}/geometry/type`, { type: geometryType });
  }
}

/**
 * One note per way features were named when the file gives no `name`: from which property, or
 * "Line <n>" when nothing could name them.
 */
function nameNotes(drafts: Drafts, reader: FeatureReader): void {
  const counts = new Map<string, number>();
  for (const draft of drafts.corridors) {
    if (draft.nameFrom) counts.set(draft.nameFrom, (counts.get(draft.nameFrom) ?? 0) + 1);
  }
  reader.at();
  for (const [from, count] of counts) {
    if (from === 'default') reader.report('warning', 'name.defaulted', '', { count });
    else reader.report('warning', 'name.guessed', '', { count, property: from });
  }
}

/** The dataset's title: the collection's `title`, else its `name`, else the file's name. */
function titleOf(root: JsonObject, reader: FeatureReader, fileName?: string): Bilingual {
  reader.at();
  const fromFile = fileName
    ?.replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, MAX_TEXT);
  const name = own(root, 'name');
  const named = typeof name === 'string' ? name.trim().slice(0, MAX_TEXT) : '';
  return (
    reader.bilingual(root, 'title', '', false) ??
    (named
      ? { en: named, fa: named }
      : fromFile
        ? { en: fromFile, fa: fromFile }
        : { en: 'Imported data', fa: 'داده‌های واردشده' })
  );
}

/** Builds the dataset from the checked features: places shared by position, ids made unique. */
function assemble(
  drafts: Drafts,
  root: JsonObject,
  context: ImportContext,
  reader: FeatureReader,
  featurePath: (index: number) => string,
  fileName: string | undefined,
): { dataset: Dataset; kept: Set<number> } {
  const { registry } = context;
  const places = createPlaceIndex();
  const roles = createCountryRoles();
  roles.add(places.home.country, 'iran');
  const meetings = uniqueIds(drafts.meetings, 'meeting', reader);
  const events = buildEvents(meetings, places, roles, registry);
  const keptCorridors = uniqueIds(drafts.corridors, 'corridor', reader);
  const corridors = buildCorridors(
    keptCorridors,
    events,
    new Set(drafts.meetings.map((m) => m.id)),
    { places, roles, registry, reader, featurePath },
  );
  nameNotes(drafts, reader);
  const title = titleOf(root, reader, fileName);
  const dataset: Dataset = {
    version: 1,
    title,
    source: { title, publisher: { en: 'Imported GeoJSON file', fa: 'پروندهٔ GeoJSON واردشده' } },
    home: places.home.id,
    places: places.places,
    events,
    corridors,
    countries: roles.details(corridors),
  };
  return { dataset, kept: new Set([...meetings, ...keptCorridors].map((draft) => draft.index)) };
}

/** Checks and reads every feature of the list, reporting progress. */
function readFeatures(
  text: string,
  list: FeatureList,
  single: boolean,
  reader: FeatureReader,
  context: ImportContext,
  located: ReturnType<typeof locatorOf>,
  onProgress?: CheckProgress,
): Drafts {
  const drafts: Drafts = { meetings: [], corridors: [] };
  const total = list.features.length;
  const every = Math.max(1, Math.floor(total / 100));
  list.features.forEach((feature, index) => {
    if (index % every === 0) onProgress?.(index, total);
    const [start, end] = list.spans[index] ?? [0, text.length];
    const base = single ? '' : `${list.prefix}/${index}`;
    const id = idTextOf(feature);
    reader.at(index, id);
    if (!isJsonObject(feature)) {
      reader.report('error', 'geojson.not-object', base);
      return;
    }
    const slice = single ? text : text.slice(start, end);
    const at = { slice, start, base, index, ...(id === undefined ? {} : { id }) };
    if (!checkFeatureText(feature, at, reader, located)) return;
    readFeature(feature, base, index, id, reader, context, drafts);
  });
  onProgress?.(total, total);
  return drafts;
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
  const problems: Problem[] = [];
  const none = (items = 0): LenientDatasetResult => ({
    dataset: null,
    problems,
    counts: { items, kept: 0 },
  });
  const type = own(root, 'type');
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) {
    problems.push(problem('error', 'format.bare-geometry', { path: '/type' }, { type }));
    return none();
  }
  const lines = new LineIndex(text);
  const located = locatorOf(lines);
  const list = readFeatureList(text, root, problems, located);
  if (list === null) return none();
  const single = type === 'Feature';
  const reader = new FeatureReader(problems);
  const drafts = readFeatures(text, list, single, reader, context, located, options.onProgress);
  const featurePath = (index: number) => (single ? '' : `${list.prefix}/${index}`);
  const { dataset, kept } = assemble(drafts, root, context, reader, featurePath, options.fileName);
  // Line and column of every feature problem that has none yet, from its pointer; then file order:
  // the collection's own problems first, then feature by feature.
  fillPositions(text, list.spans, list.prefix, problems, lines);
  problems.sort((a, b) => (a.where.index ?? -1) - (b.where.index ?? -1));
  const total = list.features.length;
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
