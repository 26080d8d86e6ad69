// Checks a dataset, strictly or leniently: one check (import/lenient-dataset.ts), two ways to take its problems.
import validateSchema from 'virtual:atlas/validate-dataset';
import type { CountryRegistry } from './countries';
import { errorSentences, refuses } from './error-sentences';
import { parseDatasetLenientWith, type LenientDatasetResult } from './import/lenient-dataset';
import type { Result } from './result';
import type { Dataset } from '../dataset';

/**
 * Parses a dataset strictly: the lenient check ({@link parseDatasetLenient}) with nothing to leave
 * out. Its errors are the lenient check's problems of level error, less those that only follow from
 * another (see {@link refuses}), and its unknown properties; each as a path and a sentence. The
 * value is the input itself.
 *
 * @example
 * const result = parseDataset(JSON.parse(text), registry);
 * if (!result.ok) console.table(result.errors);
 */
export function parseDataset(input: unknown, registry: CountryRegistry): Result<Dataset> {
  const { problems } = parseDatasetLenientWith(
    input,
    { registry, validate: validateSchema },
    { complete: true },
  );
  const errors = problems.filter(refuses).flatMap(errorSentences);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: input as Dataset };
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
