// Safe reading of parsed JSON: own properties only, JSON Pointers, and numbers JSON cannot hold.

/** A parsed JSON object: a plain record (never an array or null). */
export type JsonObject = Record<string, unknown>;

/**
 * True for a JSON object (not an array, not null).
 *
 * @example
 * isJsonObject({}); // true
 * isJsonObject([]); // false
 */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The object's own property `key`, or undefined. Never an inherited one: data with a key named
 * `constructor` or `__proto__` gives that key's value, and data without it gives undefined, not
 * `Object.prototype.constructor`.
 *
 * @example
 * own({}, 'constructor'); // undefined
 */
export function own(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/**
 * Escapes one JSON Pointer segment (RFC 6901).
 *
 * @example
 * pointerSegment('a/b'); // "a~1b"
 */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The segments of a JSON Pointer.
 *
 * @example
 * pointerSegments('/places/0/a~1b'); // ["places", "0", "a/b"]
 */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The value a JSON Pointer points at, through own properties only; undefined if there is none.
 *
 * @example
 * valueAt({ a: [1, 2] }, '/a/1'); // 2
 */
export function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(value)) value = value[Number(segment)];
    else if (isJsonObject(value)) value = own(value, segment);
    else return undefined;
  }
  return value;
}

/**
 * The pointers of every number that is not finite. JSON has no NaN or Infinity, but `1e999` parses
 * to Infinity. Walks with its own stack: hostile nesting cannot overflow the call stack.
 *
 * @example
 * nonFinitePointers(JSON.parse('{"c":[1e999, 2]}')); // ["/c/0"]
 */
export function nonFinitePointers(root: unknown): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, pointer] = stack.pop() as [unknown, string];
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) found.push(pointer);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${pointer}/${i}`]);
    } else if (isJsonObject(value)) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        stack.push([value[key], `${pointer}/${pointerSegment(key)}`]);
      }
    }
  }
  return found;
}
