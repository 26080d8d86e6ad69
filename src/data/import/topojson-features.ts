// TopoJSON as GeoJSON features (topojson-client): every object of the topology, in order.
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Converted } from './converted';
import { isJsonObject, own, type JsonObject } from './json-values';
import { problem } from './problem';

/**
 * Converts a TopoJSON topology into GeoJSON features with topojson-client: the features of every
 * object in `objects` (a GeometryCollection gives one feature per geometry, with its properties
 * and id). A topology with no geometry, or one topojson-client cannot read, gives one
 * `format.topojson` error.
 *
 * @example
 * topojsonFeatures({ type: 'Topology', objects: { routes: … }, arcs: […] }).features.length;
 */
export function topojsonFeatures(root: JsonObject): Converted {
  const fail = (reason: string): Converted => ({
    kind: 'topojson',
    features: [],
    problems: [problem('error', 'format.topojson', { path: '' }, { reason })],
    items: 0,
  });
  const objects = own(root, 'objects');
  if (!isJsonObject(objects) || !Array.isArray(own(root, 'arcs'))) return fail('structure');
  const features: JsonObject[] = [];
  try {
    for (const object of Object.values(objects)) {
      if (!isJsonObject(object)) return fail('structure');
      const converted = feature(root as unknown as Topology, object as unknown as GeometryObject);
      const list = 'features' in converted ? converted.features : [converted];
      for (const f of list) features.push(f as unknown as JsonObject);
    }
  } catch {
    return fail('structure');
  }
  if (features.length === 0) return fail('empty');
  const name = own(root, 'name');
  return {
    kind: 'topojson',
    features,
    problems: [],
    items: features.length,
    ...(typeof name === 'string' && name.trim() !== '' ? { name: name.trim() } : {}),
  };
}
