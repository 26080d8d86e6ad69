// KML and GPX as GeoJSON features (@tmcw/togeojson), names and descriptions kept, the converter's bookkeeping left out.
import { gpx, kml } from '@tmcw/togeojson';
import type { CountryRegistry } from '../countries';
import type { Converted } from './converted';
import { countryLocator } from './geo-checks';
import { isJsonObject, own, type JsonObject } from './json-values';
import { problem } from './problem';

/**
 * Parses XML text into a document, or says why it cannot: the page's `DOMParser` where there is
 * one, `@xmldom/xmldom` in a worker and in Node (see `xml-parser.ts`). Passed in, so that data/
 * imports no DOM.
 */
export type XmlParser = (text: string) => Document | { error: string };

/** Properties togeojson adds that say nothing to a reader of the map. */
const BOOKKEEPING = new Set([
  'styleUrl',
  'styleHash',
  'styleMaps',
  'icon',
  'icon-opacity',
  'icon-color',
  'icon-scale',
  'icon-offset',
  'icon-offset-units',
  'label-color',
  'label-scale',
  'label-opacity',
  'fill',
  'fill-opacity',
  'visibility',
  'coordinateProperties',
  '_gpxType',
  '@geometry-type',
]);

/** Which XML format a text is in, by its root element: `<kml`, `<gpx`; null for any other XML. */
export function xmlKind(text: string): 'kml' | 'gpx' | null {
  // Skip the declaration, comments and a doctype before the root element.
  const root = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\w.:-]*)/.exec(
    text,
  );
  const name = root?.[1]?.replace(/^.*:/, '').toLowerCase();
  return name === 'kml' || name === 'gpx' ? name : null;
}

/** The text of a document's first `<name>` under its root's first container, for the title. */
function documentName(doc: Document): string | undefined {
  const container =
    doc.getElementsByTagName('Document')[0] ?? doc.getElementsByTagName('metadata')[0];
  for (const child of Array.from(container?.childNodes ?? [])) {
    if (child.nodeName === 'name') return child.textContent?.trim() || undefined;
  }
  return undefined;
}

/** A feature with togeojson's bookkeeping left out and a date from KML's `timestamp` or GPX's `time`. */
function tidy(feature: JsonObject, locate: (point: [number, number]) => string): JsonObject {
  const props = own(feature, 'properties');
  const kept: [string, unknown][] = [];
  for (const [key, value] of Object.entries(isJsonObject(props) ? props : {})) {
    if (BOOKKEEPING.has(key) || value === null || value === '') continue;
    if (key === 'timestamp' || key === 'time') kept.push(['date', value]);
    else if (key === 'timespan' && isJsonObject(value)) kept.push(['date', own(value, 'begin')]);
    else kept.push([key, value]);
  }
  const geometry = own(feature, 'geometry');
  const entries = Object.fromEntries(kept);
  // A placemark gives no country: it is in the country its point is in.
  if (isJsonObject(geometry) && own(geometry, 'type') === 'Point' && !('country' in entries)) {
    const [lon, lat] = own(geometry, 'coordinates') as number[];
    if (typeof lon === 'number' && typeof lat === 'number') entries.country = locate([lon, lat]);
  }
  return { type: 'Feature', properties: entries, geometry: geometry ?? null };
}

/**
 * Converts KML or GPX into GeoJSON features with @tmcw/togeojson: placemarks, waypoints, routes
 * and tracks keep their name and description, KML's line style becomes simplestyle (`stroke`,
 * `stroke-width`, `stroke-opacity`), a KML `TimeStamp` or a GPX `time` becomes the `date`, and a
 * point with no country is given the country it lies in. A file with no point or line gives one
 * `xml.no-geometry` error; a text that is not XML, `xml.syntax`.
 *
 * @example
 * const converted = xmlFeatures(text, 'kml', parseXml, registry);
 */
export function xmlFeatures(
  text: string,
  kind: 'kml' | 'gpx',
  parse: XmlParser,
  registry: CountryRegistry,
): Converted {
  const doc = parse(text);
  if ('error' in doc) {
    return {
      kind,
      features: [],
      problems: [problem('error', 'xml.syntax', { path: '' }, { message: doc.error })],
      items: 0,
    };
  }
  const collection = (kind === 'kml' ? kml(doc) : gpx(doc)) as unknown as {
    features: JsonObject[];
  };
  const locate = countryLocator(registry);
  const features = collection.features.map((f) => tidy(f, locate));
  const drawable = features.filter((f) => isJsonObject(own(f, 'geometry')));
  const name = documentName(doc);
  if (drawable.length === 0) {
    const p = problem(
      'error',
      'xml.no-geometry',
      { path: '' },
      { format: kind.toUpperCase(), count: features.length },
    );
    return { kind, features: [], problems: [p], items: features.length };
  }
  return { kind, features, problems: [], items: features.length, ...(name ? { name } : {}) };
}
