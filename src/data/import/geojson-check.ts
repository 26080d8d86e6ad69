// GeoJSON structure checks by @placemarkio/check-geojson, turned into located, coded problems.
import { getIssues, type HintIssue } from '@placemarkio/check-geojson';
import type { ProblemCode, ProblemParams } from './problem';

/** One check-geojson issue: our code for it, its parameters and its offset in the checked text. */
export interface GeojsonIssue {
  code: ProblemCode;
  params: ProblemParams;
  offset: number;
}

/** check-geojson's messages (v0.1.14) and the problem each one is. */
const MESSAGES: [RegExp, ProblemCode, (m: RegExpExecArray) => ProblemParams][] = [
  [
    /^A position should have 2 or 3 elements - found (\d+)/,
    'geojson.position',
    (m) => ({ found: Number(m[1]) }),
  ],
  [/^Each element in a position must be a number/, 'geojson.position-number', () => ({})],
  [/^(A bbox must have|Each element in a bbox)/, 'geojson.bbox', () => ({})],
  [
    /^Expected to find (an array of positions|a position) here/,
    'geojson.coordinates-shape',
    () => ({}),
  ],
  [/^Expected to find two or more positions here/, 'geojson.line-too-short', () => ({})],
  [
    /^(Expected to find four or more positions here|First and last positions)/,
    'geojson.ring',
    () => ({}),
  ],
  // Duplicate keys are found by duplicateKeys() in json-text.ts, in every object, with the key named.
  [/^Duplicate properties are ambiguous/, 'json.duplicate-key', () => ({})],
  [
    /^(\w+) objects cannot contain a member named (.+)$/,
    'geojson.forbidden-member',
    (m) => ({ object: m[1] ?? '', member: m[2] ?? '' }),
  ],
  [/^This must be an array/, 'geojson.not-array', () => ({})],
  [/^(This must be an object|Expected an object)/, 'geojson.not-object', () => ({})],
  [
    /^This GeoJSON object requires an? (\w+) member/,
    'geojson.member-missing',
    (m) => ({ member: m[1] ?? '' }),
  ],
  [
    /^This GeoJSON object is missing its type member/,
    'geojson.member-missing',
    () => ({ member: 'type' }),
  ],
  [/^The properties member is missing/, 'geojson.member-missing', () => ({ member: 'properties' })],
  [/^The type member should have been a string/, 'geojson.type-invalid', () => ({})],
  [/^This type of GeoJSON object is not allowed here/, 'geojson.type-not-allowed', () => ({})],
  [/^The Feature id must be a string or number/, 'geojson.feature-id', () => ({})],
  [
    /^The Feature properties member can be an object or null/,
    'geojson.properties-type',
    () => ({}),
  ],
];

/**
 * The problem a check-geojson issue is. Unknown messages (a newer version of the library) become
 * `geojson.invalid` with the library's English message as a parameter.
 *
 * @example
 * hintProblem({ message: 'This must be an array.', from: 10, to: 12, severity: 'error' });
 * // { code: 'geojson.not-array', params: {}, offset: 10 }
 */
export function hintProblem(issue: HintIssue): GeojsonIssue {
  for (const [pattern, code, params] of MESSAGES) {
    const match = pattern.exec(issue.message);
    if (match) return { code, params: params(match), offset: issue.from };
  }
  return { code: 'geojson.invalid', params: { message: issue.message }, offset: issue.from };
}

/**
 * Checks a GeoJSON text with check-geojson: structure, positions, types. Offsets are in `text`.
 * Its duplicate-key issues are left to `duplicateKeys`, which checks every object, properties too.
 *
 * @example
 * checkGeojson('{"type":"Point","coordinates":[1]}')[0]?.code; // "geojson.position"
 */
export function checkGeojson(text: string): GeojsonIssue[] {
  const seen = new Set<string>();
  return getIssues(text)
    .map(hintProblem)
    .filter((issue) => {
      if (issue.code === 'json.duplicate-key') return false;
      // A ring's first and last positions are both reported: once per ring is enough.
      const key = `${issue.code}\u0000${JSON.stringify(issue.params)}`;
      if (issue.code === 'geojson.ring' && seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
