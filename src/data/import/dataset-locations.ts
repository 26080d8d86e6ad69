// Where a problem in a dataset is: the item a JSON Pointer falls in, its index and its id.
import { isJsonObject, own, pointerSegments, valueAt, type JsonObject } from './json-values';
import type { Problem } from './problem';

/** The lists of a dataset that hold items. */
export const COLLECTIONS = ['places', 'events', 'corridors', 'countries', 'story'] as const;
/** One of {@link COLLECTIONS}. */
export type Collection = (typeof COLLECTIONS)[number];

/**
 * The item a pointer falls in: a place, event, corridor, leg, country or chapter (its own pointer),
 * `story` for the story array itself, or `top` for the dataset's top level.
 *
 * @example
 * ownerOf('/corridors/1/legs/2/waypoints/0'); // '/corridors/1/legs/2'
 */
export function ownerOf(pointer: string): string {
  const [collection, index, sub, subIndex] = pointerSegments(pointer);
  if (!COLLECTIONS.includes(collection as Collection)) return 'top';
  if (index === undefined) return collection === 'story' ? 'story' : 'top';
  if (collection === 'corridors' && sub === 'legs' && subIndex !== undefined) {
    return `/corridors/${index}/legs/${subIndex}`;
  }
  return `/${collection}/${index}`;
}

/**
 * Where a problem is: the pointer, and the index and id of the top-level item it falls in.
 *
 * @example
 * locate(data, '/places/2/country'); // { path: '/places/2/country', index: 2, id: 'jeddah' }
 */
export function locate(data: JsonObject, pointer: string): Problem['where'] {
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
