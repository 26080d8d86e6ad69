// Checks a dataset: its shape against the JSON Schema, then what a schema cannot say (references, codes).
import validateSchema from 'virtual:atlas/validate-dataset';
import type { ErrorObject } from 'ajv';
import { assertValidPeriod } from '../i18n/jalali-period';
import type { CountryRegistry } from './countries';
import { parseDatasetLenientWith, type LenientDatasetResult } from './import/lenient-dataset';
import type { Problem, Result } from './result';
import type { Dataset } from '../dataset';

function schemaProblem(error: ErrorObject): Problem {
  const path = error.instancePath || '/';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path, message: `missing required property "${String(params.missingProperty)}"` };
    case 'additionalProperties':
      return { path, message: `unknown property "${String(params.additionalProperty)}"` };
    case 'enum':
      return {
        path,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    default:
      return { path, message: error.message ?? `fails the schema rule "${error.keyword}"` };
  }
}

/** Finds ids used twice in a collection. */
function duplicates(items: readonly { id: string }[], collection: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      problems.push({ path: `/${collection}/${i}/id`, message: `duplicate id "${item.id}"` });
    }
    seen.add(item.id);
  });
  return problems;
}

/** The checks a JSON Schema cannot express: every reference resolves and every code exists. */
function semanticProblems(dataset: Dataset, registry: CountryRegistry): Problem[] {
  const problems: Problem[] = [
    ...duplicates(dataset.places, 'places'),
    ...duplicates(dataset.events, 'events'),
    ...duplicates(dataset.corridors, 'corridors'),
    ...duplicates(
      dataset.countries.map((c) => ({ id: c.code })),
      'countries',
    ).map((p) => ({ ...p, path: p.path.replace(/id$/, 'code') })),
  ];
  const places = new Set(dataset.places.map((p) => p.id));
  const events = new Set(dataset.events.map((e) => e.id));
  const corridors = new Set(dataset.corridors.map((c) => c.id));
  const country = (code: string, path: string) => {
    if (!registry.has(code)) {
      problems.push({ path, message: `"${code}" is not a known ISO 3166-1 alpha-3 country code` });
    }
  };
  const place = (id: string, path: string) => {
    if (!places.has(id)) problems.push({ path, message: `no place has the id "${id}"` });
  };

  place(dataset.home, '/home');
  dataset.places.forEach((p, i) => country(p.country, `/places/${i}/country`));
  dataset.events.forEach((event, i) => {
    country(event.country, `/events/${i}/country`);
    if (event.place !== null) place(event.place, `/events/${i}/place`);
    event.counterparts.forEach((c, j) => {
      if (c.country !== null) country(c.country, `/events/${i}/counterparts/${j}/country`);
    });
    try {
      assertValidPeriod(event.when);
    } catch (error) {
      problems.push({ path: `/events/${i}/when`, message: (error as Error).message });
    }
  });
  dataset.corridors.forEach((corridor, i) => {
    if (!events.has(corridor.event)) {
      problems.push({
        path: `/corridors/${i}/event`,
        message: `no event has the id "${corridor.event}"`,
      });
    }
    const reached = new Set<string>();
    problems.push(...duplicates(corridor.legs, `corridors/${i}/legs`));
    corridor.legs.forEach((leg, j) => {
      leg.waypoints.forEach((id, k) => place(id, `/corridors/${i}/legs/${j}/waypoints/${k}`));
      const first = leg.waypoints[0];
      if (j > 0 && first !== undefined && !reached.has(first)) {
        problems.push({
          path: `/corridors/${i}/legs/${j}/waypoints/0`,
          message: `leg "${leg.id}" must start at a waypoint of an earlier leg; "${first}" is on none`,
        });
      }
      leg.waypoints.forEach((id) => reached.add(id));
    });
  });
  dataset.countries.forEach((c, i) => {
    country(c.code, `/countries/${i}/code`);
    c.corridors.forEach((id, j) => {
      if (!corridors.has(id)) {
        problems.push({
          path: `/countries/${i}/corridors/${j}`,
          message: `no corridor has the id "${id}"`,
        });
      }
    });
  });
  return problems;
}

/**
 * Parses a dataset: first its shape (data/atlas.schema.json, compiled at build time), then its
 * references and country codes. Returns every problem found, each with a path and a sentence.
 *
 * @example
 * const result = parseDataset(JSON.parse(text), registry);
 * if (!result.ok) console.table(result.errors);
 */
export function parseDataset(input: unknown, registry: CountryRegistry): Result<Dataset> {
  if (!validateSchema(input)) {
    return { ok: false, errors: (validateSchema.errors ?? []).map(schemaProblem) };
  }
  const dataset = input as Dataset;
  const errors = semanticProblems(dataset, registry);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: dataset };
}

/**
 * Parses a dataset leniently: keeps every valid place, event, corridor, leg, country entry and story
 * chapter, and leaves out the invalid ones and those that depend on them, each with a coded problem
 * (see {@link parseDatasetLenientWith} and docs/data-format.md). The dataset is null only when its
 * top level is unusable. The input is not changed.
 *
 * @example
 * const { dataset, problems } = parseDatasetLenient(JSON.parse(text), registry);
 * if (dataset) show(dataset);
 */
export function parseDatasetLenient(
  input: unknown,
  registry: CountryRegistry,
): LenientDatasetResult {
  return parseDatasetLenientWith(input, { registry, validate: validateSchema });
}
