// The text of a GeoJSON file: the collection's own members, each feature's structure, and where problems are.
import { checkGeojson } from './geojson-check';
import { duplicateKeys, featureSpans, LineIndex, offsetsOf, pointerAt } from './json-text';
import {
  nonFinitePointers,
  own,
  pointerSegment,
  pointerSegments,
  valueAt,
  type JsonObject,
} from './json-values';
import type { FeatureReader } from './geojson-properties';
import { problem, type Problem, type ProblemLocation } from './problem';

/** Members of a FeatureCollection the import reads or may ignore silently (RFC 7946 and common tools). */
const COLLECTION_MEMBERS = new Set([
  'type',
  'features',
  'bbox',
  'crs',
  'title',
  'title_en',
  'title_fa',
  'name',
]);

/** A location with the line and column of `offset` in the text, when known. */
export type Locator = (
  pointer: string,
  offset: number | undefined,
  extra?: Partial<ProblemLocation>,
) => ProblemLocation;

/**
 * A locator for a text: pointer, extra fields, then line and column of the offset.
 *
 * @example
 * locatorOf(new LineIndex(text))('/features/0', 12); // { path: '/features/0', line: 1, column: 13 }
 */
export function locatorOf(lines: LineIndex): Locator {
  return (pointer, offset, extra = {}) => ({
    path: pointer,
    ...extra,
    ...(offset === undefined ? {} : lines.at(offset)),
  });
}

/** A file's features, where each is in the text, and the pointer prefix of their paths. */
export interface FeatureList {
  features: unknown[];
  spans: [number, number][];
  prefix: string;
}

/**
 * A Feature, or the features of a FeatureCollection, with the collection checked first (its
 * structure with the features emptied out, repeated keys, unknown members). Null when the
 * collection is unusable; its problems are pushed to `problems`.
 *
 * @example
 * const list = readFeatureList(text, JSON.parse(text), problems, locatorOf(new LineIndex(text)));
 */
export function readFeatureList(
  text: string,
  root: JsonObject,
  problems: Problem[],
  located: Locator,
): FeatureList | null {
  if (own(root, 'type') === 'Feature')
    return { features: [root], spans: [[0, text.length]], prefix: '' };
  const list = own(root, 'features');
  const found = Array.isArray(list) ? featureSpans(text) : null;
  // The collection checked with its features emptied out; offsets after the array shift back.
  const [open, close] = found?.array ?? [0, 0];
  const shell = found ? `${text.slice(0, open + 1)}${text.slice(close - 1)}` : text;
  const shift = close - open - 2;
  const back = (offset: number) => (found && offset > open ? offset + shift : offset);
  let fatal = !found;
  for (const issue of checkGeojson(shell)) {
    const offset = back(issue.offset);
    const harmless = ['geojson.forbidden-member', 'geojson.bbox'].includes(issue.code);
    fatal ||= !harmless;
    problems.push(
      problem(
        harmless ? 'warning' : 'error',
        issue.code,
        located(pointerAt(text, offset), offset),
        issue.params,
      ),
    );
  }
  if (fatal || !found || !Array.isArray(list)) {
    if (problems.length === 0)
      problems.push(
        problem('error', 'geojson.member-missing', { path: '' }, { member: 'features' }),
      );
    return null;
  }
  for (const { pointer, offset } of duplicateKeys(shell)) {
    const key = pointerSegments(pointer).pop() ?? '';
    problems.push(
      problem('warning', 'json.duplicate-key', located(pointer, back(offset)), { key }),
    );
  }
  const unknown = Object.keys(root).filter((key) => !COLLECTION_MEMBERS.has(key));
  const offsets = offsetsOf(
    shell,
    unknown.map((key) => `/${pointerSegment(key)}`),
  );
  for (const key of unknown) {
    const pointer = `/${pointerSegment(key)}`;
    const offset = offsets.get(pointer);
    problems.push(
      problem(
        'warning',
        'property.unknown',
        located(pointer, offset === undefined ? undefined : back(offset)),
        { property: key },
      ),
    );
  }
  return { features: list, spans: found.features, prefix: '/features' };
}

/** One feature's text and where it is: its slice of the file, its start offset, its pointer. */
export interface FeatureText {
  slice: string;
  start: number;
  base: string;
  index: number;
  id?: string;
}

/**
 * Checks one feature's structure (check-geojson), repeated keys and numbers JSON cannot hold; each
 * is an error. True when the feature may be read.
 *
 * @example
 * if (checkFeatureText(feature, at, reader, located)) readFeature(…);
 */
export function checkFeatureText(
  feature: JsonObject,
  at: FeatureText,
  reader: FeatureReader,
  located: Locator,
): boolean {
  const { slice, start, base, index } = at;
  const where = { index, ...(at.id === undefined ? {} : { id: at.id }) };
  const issues = checkGeojson(slice);
  for (const issue of issues) {
    const pointer = `${base}${pointerAt(slice, issue.offset)}`;
    reader.problems.push(
      problem('error', issue.code, located(pointer, start + issue.offset, where), issue.params),
    );
  }
  const repeated = duplicateKeys(slice);
  for (const { pointer, offset } of repeated) {
    const key = pointerSegments(pointer).pop() ?? '';
    reader.problems.push(
      problem('error', 'json.duplicate-key', located(`${base}${pointer}`, start + offset, where), {
        key,
      }),
    );
  }
  if (issues.length > 0 || repeated.length > 0) return false;
  const nonFinite = nonFinitePointers(feature);
  for (const pointer of nonFinite) {
    reader.report('error', 'json.non-finite', `${base}${pointer}`, {
      value: String(valueAt(feature, pointer)),
    });
  }
  return nonFinite.length === 0;
}

/**
 * Gives problems located by pointer only a line and column, one feature's text at a time.
 *
 * @example
 * fillPositions(text, list.spans, list.prefix, problems, new LineIndex(text));
 */
export function fillPositions(
  text: string,
  spans: readonly [number, number][],
  prefix: string,
  problems: Problem[],
  lines: LineIndex,
): void {
  const byFeature = new Map<number, Problem[]>();
  for (const p of problems) {
    if (p.where.line !== undefined || p.where.index === undefined) continue;
    const list = byFeature.get(p.where.index) ?? [];
    list.push(p);
    byFeature.set(p.where.index, list);
  }
  for (const [index, list] of [...byFeature].sort((a, b) => a[0] - b[0])) {
    const [start, end] = spans[index] ?? [0, text.length];
    const base = prefix === '' ? '' : `${prefix}/${index}`;
    const slice = prefix === '' ? text : text.slice(start, end);
    const local = (pointer: string) => pointer.slice(base.length);
    const offsets = offsetsOf(
      slice,
      list.map((p) => local(p.where.path)),
    );
    for (const p of list.sort(
      (a, b) => (offsets.get(local(a.where.path)) ?? 0) - (offsets.get(local(b.where.path)) ?? 0),
    )) {
      const offset = offsets.get(local(p.where.path));
      if (offset !== undefined) Object.assign(p.where, lines.at(start + offset));
    }
  }
}
