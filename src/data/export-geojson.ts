// A dataset as RFC 7946 GeoJSON for other tools (QGIS, kepler.gl, geojson.io), in the form the import reads back.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { AtlasEvent, Corridor, Dataset, JalaliPeriod, Place } from '../dataset';

/** A Bilingual as the `name`, `name_en`, `name_fa` properties (English also plain, for other tools). */
const bilingual = (key: string, text: { en: string; fa: string } | null | undefined) =>
  text ? { [key]: text.en, [`${key}_en`]: text.en, [`${key}_fa`]: text.fa } : {};

/**
 * A Jalali period as a `date` the import reads back to the same period: `1403`, `1403-autumn`
 * (`1403-autumn-early`),
 * `1403-11`, or a day in the right third of the month (`1403-11-01` early, `-11` mid, `-21` late).
 *
 * @example
 * periodDate({ year: 1403, month: 11, part: 'mid' }); // "1403-11-11"
 */
export function periodDate(when: JalaliPeriod): string {
  if (when.month === undefined) {
    if (when.season === undefined) return String(when.year);
    return `${when.year}-${when.season}${when.part ? `-${when.part}` : ''}`;
  }
  const month = `${when.year}-${String(when.month).padStart(2, '0')}`;
  if (when.part === undefined) return month;
  return `${month}-${{ early: '01', mid: '11', late: '21' }[when.part]}`;
}

/** A corridor's legs as lines: one LineString, or a MultiLineString of its legs. */
function corridorGeometry(corridor: Corridor, places: Map<string, Place>): Geometry | null {
  const lines: Position[][] = corridor.legs
    .map((leg) => leg.waypoints.map((id) => places.get(id)?.coordinates))
    .filter((line): line is [number, number][] => line.every((p) => p !== undefined))
    .map((line) => line.map(([lon, lat]) => [lon, lat]));
  if (lines.length === 0) return null;
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0] as Position[] }
    : { type: 'MultiLineString', coordinates: lines };
}

function corridorFeature(corridor: Corridor, dataset: Dataset, places: Map<string, Place>) {
  const transit = dataset.countries
    .filter((c) => c.roles.includes('transit') && c.corridors.includes(corridor.id))
    .map((c) => c.code);
  const { style } = corridor;
  const feature: Feature<Geometry | null> = {
    type: 'Feature',
    id: corridor.id,
    geometry: corridorGeometry(corridor, places),
    properties: {
      ...corridor.properties,
      id: corridor.id,
      ...bilingual('name', corridor.name),
      ...bilingual('summary', corridor.summary),
      ...(corridor.event ? { event: corridor.event } : {}),
      ...(transit.length > 0 ? { countries: transit } : {}),
      source: corridor.source,
      ...(style?.color ? { stroke: style.color } : {}),
      ...(style?.width !== undefined ? { 'stroke-width': style.width } : {}),
      ...(style?.opacity !== undefined ? { 'stroke-opacity': style.opacity } : {}),
    },
  };
  return feature;
}

function meetingFeature(event: AtlasEvent, place: Place): Feature {
  const counterpart = event.counterparts[0];
  return {
    type: 'Feature',
    id: event.id,
    geometry: { type: 'Point', coordinates: [place.coordinates[0], place.coordinates[1]] },
    properties: {
      ...event.properties,
      id: event.id,
      kind: event.kind,
      country: event.country,
      date: periodDate(event.when),
      ...bilingual('title', event.title),
      ...bilingual('place', place.name),
      ...bilingual('summary', event.summary),
      ...bilingual('counterpart', counterpart?.name),
      ...bilingual('office', counterpart?.office),
      ...(event.topics.length > 0 ? { topics: event.topics.map((t) => ({ ...t })) } : {}),
      source: event.source,
      ...(place.style?.color ? { 'marker-color': place.style.color } : {}),
    },
  };
}

/**
 * The dataset as one GeoJSON FeatureCollection (RFC 7946, WGS 84 longitude/latitude): each
 * corridor a LineString, or a MultiLineString of its legs, with simplestyle `stroke`,
 * `stroke-width`, `stroke-opacity` and its name in both languages (`name` in English, `name_en`,
 * `name_fa`); each meeting with a place a Point with its country, its `date` and its texts in
 * both languages. Meetings without a place (no point to draw) and the story are left out. It
 * imports back into the same corridors and meetings (see docs/data-format.md).
 *
 * @example
 * const text = JSON.stringify(datasetToGeoJSON(dataset));
 * datasetToGeoJSON(dataset, 'meetings').features.every((f) => f.geometry?.type === 'Point'); // true
 */
export function datasetToGeoJSON(
  dataset: Dataset,
  which: 'all' | 'corridors' | 'meetings' = 'all',
): FeatureCollection<Geometry | null> {
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const corridors =
    which === 'meetings' ? [] : dataset.corridors.map((c) => corridorFeature(c, dataset, places));
  const meetings =
    which === 'corridors'
      ? []
      : dataset.events.flatMap((e) => {
          const place = e.place === null ? undefined : places.get(e.place);
          return place ? [meetingFeature(e, place)] : [];
        });
  return {
    type: 'FeatureCollection',
    ...{ name: dataset.title.en, title_en: dataset.title.en, title_fa: dataset.title.fa },
    features: [...meetings, ...corridors],
  } as FeatureCollection<Geometry | null>;
}
