// JSON Schema errors of a dataset as problems: a specific code for each, with the noise taken out.
import type { ErrorObject } from 'ajv';
import { locate } from './dataset-locations';
import { rangeProblemCode } from './geo-checks';
import { pointerSegment, valueAt, type JsonObject } from './json-values';
import {
  problem,
  type Problem,
  type ProblemCode,
  type ProblemParams,
  type Severity,
} from './problem';

// The schema's patterns, recognised to give a specific problem instead of "must match pattern".
const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const ISO3_PATTERN = '^[A-Z]{3}$';
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** A short, quotable form of a value for a problem's parameters. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** One schema error as a problem's code, severity and parameters. */
function fromSchemaError(
  error: ErrorObject,
  data: JsonObject,
): { severity: Severity; code: ProblemCode; params: ProblemParams; path: string } {
  const params = error.params as Record<string, unknown>;
  const path = error.instancePath;
  const value = () => shown(valueAt(data, path));
  const of = (severity: Severity, code: ProblemCode, p: ProblemParams = {}, at = path) => ({
    severity,
    code,
    params: p,
    path: at,
  });
  switch (error.keyword) {
    case 'required':
      return of('error', 'property.missing', { property: String(params.missingProperty) });
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      return of('warning', 'property.unknown', { property }, `${path}/${pointerSegment(property)}`);
    }
    case 'type':
      return of('error', 'schema.type', { expected: String(params.type) });
    case 'enum':
      return of('error', 'schema.enum', {
        value: value(),
        allowed: (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', '),
      });
    case 'const':
      return of('error', 'schema.const', {
        value: value(),
        allowed: JSON.stringify(params.allowedValue),
      });
    case 'pattern':
      if (params.pattern === ID_PATTERN) return of('error', 'id.format', { value: value() });
      if (params.pattern === ISO3_PATTERN) return of('error', 'country.format', { value: value() });
      if (params.pattern === DATE_PATTERN) return of('error', 'date.invalid', { value: value() });
      return of('error', 'schema.other', { keyword: 'pattern' });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return of('error', 'schema.range', {
        value: value(),
        comparison: String(params.comparison),
        limit: Number(params.limit),
      });
    case 'minLength':
      return of('error', 'text.empty');
    case 'maxLength':
      return of('error', 'text.too-long', { limit: Number(params.limit) });
    case 'minItems':
      return of('error', 'schema.too-few', { limit: Number(params.limit) });
    case 'maxItems':
    case 'items':
      return of('error', 'schema.too-many', { limit: Number(params.limit) });
    case 'uniqueItems':
      return of('error', 'schema.duplicate-items', {
        first: Number(params.j),
        second: Number(params.i),
      });
    case 'anyOf':
      return of('error', 'schema.any-of', { value: value() });
    default:
      return of('error', 'schema.other', { keyword: error.keyword });
  }
}

const LONLAT_PART = /^(.*\/(?:coordinates|center))\/[01]$/;
const RANGE_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

/**
 * The schema's errors as problems, with the noise taken out: the alternatives of an `anyOf` that
 * the value was plainly not meant to match, repeated messages, errors on numbers already reported
 * as not finite; a `[lon, lat]` out of range becomes one problem for the pair, telling swapped
 * coordinates apart.
 *
 * @example
 * if (!validate(data)) problems.push(...schemaProblems(validate.errors ?? [], data, new Set()));
 */
export function schemaProblems(
  errors: readonly ErrorObject[],
  data: JsonObject,
  nonFinite: ReadonlySet<string>,
): Problem[] {
  const anyOfPaths = new Set(
    errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath),
  );
  const seen = new Set<string>();
  const lonLats = new Set<string>();
  const out: Problem[] = [];
  for (const error of errors) {
    const path = error.instancePath;
    if (nonFinite.has(path)) continue;
    if (anyOfPaths.has(path) && error.keyword === 'type') continue;
    if (error.keyword === 'anyOf') {
      const explained = errors.some(
        (e) =>
          e !== error &&
          e.keyword !== 'type' &&
          (e.instancePath === path || e.instancePath.startsWith(`${path}/`)),
      );
      if (explained) continue;
    }
    const lonLat = LONLAT_PART.exec(path)?.[1];
    if (lonLat !== undefined && RANGE_KEYWORDS.has(error.keyword)) {
      if (lonLats.has(lonLat)) continue;
      lonLats.add(lonLat);
      const pair = valueAt(data, lonLat) as unknown[];
      const [lon, lat] = [Number(pair[0]), Number(pair[1])];
      const code = rangeProblemCode(lon, lat) ?? 'coordinates.out-of-range';
      out.push(problem('error', code, locate(data, lonLat), { lon, lat }));
      continue;
    }
    // `items: false` repeats `maxItems` in the same words; unknown properties differ by name.
    const extra = String((error.params as Record<string, unknown>).additionalProperty ?? '');
    const key = `${path}\u0000${error.message ?? error.keyword}\u0000${extra}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mapped = fromSchemaError(error, data);
    out.push(problem(mapped.severity, mapped.code, locate(data, mapped.path), mapped.params));
  }
  return out;
}
