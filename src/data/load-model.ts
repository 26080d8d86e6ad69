// From raw JSON to a model the map can draw: parse, check, index, measure.
import { buildModel, type AtlasModel } from './atlas-model';
import type { CountryRegistry } from './countries';
import { parseDataset } from './parse-dataset';
import type { Result } from './result';

/**
 * Parses a dataset and builds its model; the parser's problems come back as values.
 *
 * @example
 * const result = modelFromJson(JSON.parse(text), registry);
 * if (result.ok) mount(result.value);
 */
export function modelFromJson(input: unknown, registry: CountryRegistry): Result<AtlasModel> {
  const parsed = parseDataset(input, registry);
  return parsed.ok ? { ok: true, value: buildModel(parsed.value, registry) } : parsed;
}
