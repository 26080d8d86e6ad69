// JSON as text: where a syntax error is (line and column), and where values lie, for precise problems.
import type { ProblemCode } from './problem';

/** The first syntax error of a JSON text: its offset (UTF-16 units), kind and the text found there. */
export interface JsonSyntaxError {
  offset: number;
  code: Extract<
    ProblemCode,
    | 'json.syntax'
    | 'json.unexpected-end'
    | 'json.trailing-comma'
    | 'json.comment'
    | 'json.bad-string'
    | 'json.bad-number'
    | 'json.trailing-data'
  >;
  /** A few characters from the offset, or "" at the end of the text. */
  found: string;
}

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** What the text holds at `offset`, for a message: up to 12 characters, cut at a line break. */
function foundAt(text: string, offset: number): string {
  const c = text.charCodeAt(offset);
  // A control character is shown escaped, as JSON would write it ("\n").
  if (c < 0x20) return JSON.stringify(text[offset]).slice(1, -1);
  return text.slice(offset, offset + 12).split(/[\r\n]/)[0] ?? '';
}

/**
 * Finds the first syntax error of a JSON text (RFC 8259), without building any value. It never
 * recurses, so hostile nesting cannot overflow the stack. Call it when `JSON.parse` has failed: the
 * engines' messages differ and only some give a position.
 *
 * @example
 * findJsonSyntaxError('{"a": 1,}'); // { offset: 8, code: 'json.trailing-comma', found: '}' }
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const n = text.length;
  const stack: number[] = []; // 0x7b '{' or 0x5b '['
  let i = 0;
  const fail = (offset: number, code: JsonSyntaxError['code']): JsonSyntaxError => ({
    offset,
    code: offset >= n && code === 'json.syntax' ? 'json.unexpected-end' : code,
    found: foundAt(text, offset),
  });
  const skipWhite = () => {
    while (i < n && isWhite(text.charCodeAt(i))) i++;
  };
  const unexpected = (): JsonSyntaxError => {
    const c = text.charCodeAt(i);
    return fail(i, c === 0x2f /* / */ ? 'json.comment' : 'json.syntax');
  };
  /** Reads a string at `i` (on its opening quote); returns an error or null. */
  const readString = (): JsonSyntaxError | null => {
    i++;
    for (;;) {
      if (i >= n) return fail(n, 'json.unexpected-end');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return fail(i, 'json.bad-string');
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1);
        if (i + 1 >= n) return fail(n, 'json.unexpected-end');
        if (e === 0x75 /* u */) {
          for (let k = 2; k < 6; k++) {
            if (i + k >= n) return fail(n, 'json.unexpected-end');
            if (!isHex(text.charCodeAt(i + k))) return fail(i, 'json.bad-string');
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(text[i + 1] ?? '')) {
          i += 2;
        } else return fail(i, 'json.bad-string');
      } else i++;
    }
  };
  const readNumber = (): JsonSyntaxError | null => {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return fail(start, 'json.bad-number');
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return fail(start, 'json.bad-number');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) return fail(start, 'json.bad-number');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    // "01", "1.2.3", "1a": a number runs straight into something that cannot follow it.
    const next = text.charCodeAt(i);
    const letter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a;
    if (isDigit(next) || next === 0x2e || letter) return fail(start, 'json.bad-number');
    return null;
  };

  /** An object member's key and its colon, from the opening quotation mark. */
  const readKey = (): JsonSyntaxError | null => {
    if (text.charCodeAt(i) !== 0x22) return i >= n ? fail(n, 'json.unexpected-end') : unexpected();
    const error = readString();
    if (error) return error;
    skipWhite();
    if (text.charCodeAt(i) !== 0x3a) return i >= n ? fail(n, 'json.unexpected-end') : unexpected();
    i++;
    return null;
  };

  // The machine: expect a value, then what may follow a value in the enclosing container.
  let expectValue = true;
  for (;;) {
    skipWhite();
    if (expectValue) {
      if (i >= n) return fail(n, 'json.unexpected-end');
      const c = text.charCodeAt(i);
      if (c === 0x7b || c === 0x5b) {
        stack.push(c);
        i++;
        skipWhite();
        const close = c === 0x7b ? 0x7d : 0x5d;
        if (text.charCodeAt(i) === close) {
          stack.pop();
          i++;
          expectValue = false;
          continue;
        }
        if (c === 0x7b) {
          const error = readKey();
          if (error) return error;
        }
        continue;
      }
      let error: JsonSyntaxError | null = null;
      if (c === 0x22) error = readString();
      else if (c === 0x2d || isDigit(c)) error = readNumber();
      else {
        const word = text.startsWith('true', i)
          ? 'true'
          : text.startsWith('false', i)
            ? 'false'
            : text.startsWith('null', i)
              ? 'null'
              : null;
        if (!word) {
          // NaN and Infinity are JavaScript, not JSON.
          const nonFinite = /^-?(NaN|Infinity)/.test(text.slice(i, i + 9));
          return nonFinite ? fail(i, 'json.bad-number') : unexpected();
        }
        i += word.length;
      }
      if (error) return error;
      expectValue = false;
      continue;
    }
    // After a value.
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? fail(i, 'json.trailing-data') : null;
    if (i >= n) return fail(n, 'json.unexpected-end');
    const c = text.charCodeAt(i);
    const close = top === 0x7b ? 0x7d : 0x5d;
    if (c === close) {
      stack.pop();
      i++;
      continue;
    }
    if (c !== 0x2c) return unexpected();
    i++;
    skipWhite();
    if (text.charCodeAt(i) === close) return fail(i, 'json.trailing-comma');
    if (top === 0x7b) {
      const error = readKey();
      if (error) return error;
    }
    expectValue = true;
  }
}

/**
 * Turns text offsets into lines and columns (both from 1; columns in UTF-16 units, as editors count).
 * Offsets asked in increasing order cost one pass over the text in all.
 *
 * @example
 * new LineIndex('{\n  "a": x\n}').at(9); // { line: 2, column: 8 }
 */
export class LineIndex {
  private offset = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  /** The line and column of `offset`. */
  at(offset: number): { line: number; column: number } {
    const target = Math.max(0, Math.min(offset, this.text.length));
    if (target < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    for (let i = this.offset; i < target; i++) {
      if (this.text.charCodeAt(i) === 0x0a) {
        this.line += 1;
        this.lineStart = i + 1;
      }
    }
    this.offset = target;
    return { line: this.line, column: target - this.lineStart + 1 };
  }
}

/** Skips a string starting at `i` (its opening quote); returns the offset after its closing quote. */
function skipString(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return text.length;
    let backslashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** Where a FeatureCollection's features lie in its text: `[start, end)` of each, and of the array. */
export interface FeatureSpans {
  array: [number, number];
  features: [number, number][];
}

/**
 * Finds the text span of each element of the root object's `features` array. The text must be valid
 * JSON (JSON.parse accepted it). Returns null when the root has no `features` array. When a key is
 * repeated, the last one counts, as JSON.parse does.
 *
 * @example
 * featureSpans('{"type":"FeatureCollection","features":[{"a":1}]}')?.features; // [[40, 47]]
 */
export function featureSpans(text: string): FeatureSpans | null {
  let depth = 0;
  let key: string | null = null;
  let expectKey = false;
  let found: FeatureSpans | null = null;
  let current: FeatureSpans | null = null;
  let elementStart = -1;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isWhite(c) || c === 0x3a) {
      i++;
      continue;
    }
    if (current && depth === 2 && elementStart < 0 && c !== 0x2c && c !== 0x5d) elementStart = i;
    if (c === 0x22) {
      const end = skipString(text, i);
      if (depth === 1 && expectKey) key = JSON.parse(text.slice(i, end)) as string;
      expectKey = false;
      i = end;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth === 1) expectKey = c === 0x7b;
      if (depth === 2 && c === 0x5b && key === 'features') {
        current = { array: [i, -1], features: [] };
        elementStart = -1;
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (current && depth === 2 && elementStart >= 0) {
        current.features.push([elementStart, i + 1]);
        elementStart = -1;
      } else if (current && depth === 1) {
        if (elementStart >= 0) current.features.push([elementStart, lastNonWhite(text, i) + 1]);
        current.array[1] = i + 1;
        found = current;
        current = null;
        elementStart = -1;
      }
    } else if (c === 0x2c) {
      if (current && depth === 2 && elementStart >= 0) {
        current.features.push([elementStart, lastNonWhite(text, i) + 1]);
        elementStart = -1;
      }
      if (depth === 1) expectKey = true;
    } else {
      // A literal or number: skip to the next delimiter.
      let j = i + 1;
      while (j < text.length && !',]}: \n\r\t'.includes(text[j] as string)) j++;
      i = j;
      continue;
    }
    i++;
  }
  return found;
}

function lastNonWhite(text: string, before: number): number {
  let k = before - 1;
  while (k > 0 && isWhite(text.charCodeAt(k))) k--;
  return k;
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Walks a valid JSON text and calls `visit` at the start of every value and member name with its
 * offset and a function giving its JSON Pointer; stops when `visit` returns true.
 */
function scanValues(
  text: string,
  visit: (
    offset: number,
    pointer: () => string,
    token: 'value' | 'key' | 'repeated-key',
  ) => boolean,
): void {
  const frames: { object: boolean; key: string; index: number; keys: Set<string> | null }[] = [];
  const pointer = () =>
    frames.map((f) => `/${f.object ? escapePointer(f.key) : String(f.index)}`).join('');
  let expectKey = false;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isWhite(c) || c === 0x3a) {
      i++;
      continue;
    }
    if (c === 0x22) {
      const end = skipString(text, i);
      const top = frames[frames.length - 1];
      let token: 'value' | 'key' | 'repeated-key' = 'value';
      if (top?.object && expectKey) {
        top.key = JSON.parse(text.slice(i, end)) as string;
        expectKey = false;
        token = top.keys?.has(top.key) ? 'repeated-key' : 'key';
        top.keys?.add(top.key);
      }
      if (visit(i, pointer, token)) return;
      i = end;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      frames.pop();
      i++;
      continue;
    }
    if (c === 0x2c) {
      const top = frames[frames.length - 1];
      if (top) {
        top.index += 1;
        expectKey = top.object;
      }
      i++;
      continue;
    }
    if (visit(i, pointer, 'value')) return;
    if (c === 0x7b || c === 0x5b) {
      frames.push({ object: c === 0x7b, key: '', index: 0, keys: c === 0x7b ? new Set() : null });
      expectKey = c === 0x7b;
      i++;
      continue;
    }
    // A number or literal: skip to the next delimiter.
    let j = i + 1;
    while (j < text.length && !',]}: \n\r\t'.includes(text[j] as string)) j++;
    i = j;
  }
}

/**
 * The JSON Pointer of the value (or member name) that starts at `offset` in a valid JSON text.
 *
 * @example
 * pointerAt('{"a":[1,{"b":2}]}', 13); // "/a/1/b"
 */
export function pointerAt(text: string, offset: number): string {
  let found = '';
  scanValues(text, (at, pointer) => {
    if (at < offset) return false;
    found = pointer();
    return true;
  });
  return found;
}

/**
 * The offsets where the values at these JSON Pointers start in a valid JSON text (one pass).
 * A pointer to an object member gives the offset of the member's name.
 *
 * @example
 * offsetsOf('{"a":[1,2]}', ['/a/1']); // Map { "/a/1" => 8 }
 */
export function offsetsOf(text: string, pointers: Iterable<string>): Map<string, number> {
  const wanted = new Set(pointers);
  const found = new Map<string, number>();
  if (wanted.has('')) found.set('', 0);
  if (wanted.size === found.size) return found;
  scanValues(text, (at, pointer) => {
    const p = pointer();
    if (wanted.has(p) && !found.has(p)) found.set(p, at);
    return found.size === wanted.size;
  });
  return found;
}

/**
 * Every name repeated within one object of a valid JSON text: its pointer and offset. JSON.parse
 * keeps the last value silently, so the author cannot tell which one the map used.
 *
 * @example
 * duplicateKeys('{"a":1,"a":2}'); // [{ pointer: "/a", offset: 7 }]
 */
export function duplicateKeys(text: string): { pointer: string; offset: number }[] {
  const found: { pointer: string; offset: number }[] = [];
  scanValues(text, (offset, pointer, token) => {
    if (token === 'repeated-key') found.push({ pointer: pointer(), offset });
    return false;
  });
  return found;
}
