// Imports a dataset from text: detects the format, checks it leniently, keeps the valid part (pure, no DOM).
import { datasetFromGeojson, GEOMETRY_TYPES } from './geojson';
import { duplicateKeys, findJsonSyntaxError, LineIndex, offsetsOf } from './json-text';
import { isJsonObject, own, pointerSegments } from './json-values';
import { parseDatasetLenientWith, type ImportContext } from './lenient-dataset';
import { MAX_DATASET_BYTES, textSizeProblem } from './limits';
import {
  capProblems,
  failed,
  internalProblem,
  problem,
  type ImportKind,
  type Problem,
  type ImportResult,
} from './problem';

/** How far an import has got, for a progress bar: `checking` counts GeoJSON features. */
export type ImportProgress =
  { phase: 'reading' } | { phase: 'parsing' } | { phase: 'checking'; done: number; total: number };

/** What {@link importText} needs besides the text. */
export interface ImportOptions extends ImportContext {
  /** The file's name: a GeoJSON file without a title is named after it. */
  fileName?: string;
  /** Largest accepted size in bytes (UTF-8); {@link MAX_DATASET_BYTES} by default. */
  maxBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
}

const GEOJSON_TYPES = new Set(['FeatureCollection', 'Feature', ...GEOMETRY_TYPES]);
const ATLAS_MEMBERS = ['version', 'places', 'events', 'corridors', 'countries', 'home'];

/**
 * Which format a parsed file is in: GeoJSON (by its `type`), a Corridor Atlas dataset (by its
 * members), or a problem saying why it is neither.
 *
 * @example
 * detectFormat({ type: 'FeatureCollection', features: [] }); // "geojson"
 * detectFormat({ type: 'Topology' }); // problem "format.topojson"
 */
export function detectFormat(value: unknown): ImportKind | Problem {
  if (!isJsonObject(value)) {
    const found = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    return problem('error', 'json.not-object', { path: '' }, { found });
  }
  const type = own(value, 'type');
  if (typeof type === 'string' && GEOJSON_TYPES.has(type)) return 'geojson';
  if (type === 'Topology') return problem('error', 'format.topojson', { path: '/type' });
  if (ATLAS_MEMBERS.some((key) => own(value, key) !== undefined)) return 'atlas';
  return problem('error', 'format.unknown', { path: '' });
}

/** The problem of a text JSON.parse refused, with its line and column. */
function syntaxProblem(text: string, error: unknown): Problem {
  const found = findJsonSyntaxError(text);
  // Should the scanner and the engine ever disagree, take the position from the engine's message.
  const offset =
    found?.offset ?? Number(/position (\d+)/.exec(String((error as Error).message))?.[1] ?? 0);
  const { line, column } = new LineIndex(text).at(offset);
  return problem(
    'error',
    found?.code ?? 'json.syntax',
    { path: '', line, column },
    { found: found?.found ?? text.slice(offset, offset + 12) },
  );
}

/** Adds line and column to problems that have only a pointer, in one pass over the text. */
function addPositions(text: string, problems: Problem[]): void {
  const offsets = offsetsOf(
    text,
    problems
      .filter((p) => p.where.line === undefined && p.where.path !== '')
      .map((p) => p.where.path),
  );
  const lines = new LineIndex(text);
  const located = problems
    .filter((p) => p.where.line === undefined && offsets.has(p.where.path))
    .sort((a, b) => (offsets.get(a.where.path) ?? 0) - (offsets.get(b.where.path) ?? 0));
  for (const p of located) {
    const { line, column } = lines.at(offsets.get(p.where.path) ?? 0);
    p.where.line = line;
    p.where.column = column;
  }
}

/**
 * Imports a file's text: a Corridor Atlas dataset (JSON, see docs/data-format.md) or GeoJSON
 * (FeatureCollection or Feature: lines become corridors, points meetings). Checks everything,
 * keeps the valid part and reports each problem with a code, a location (pointer, feature or item
 * index, id, line and column) and parameters. Never throws: even an unexpected failure comes back
 * as an `internal` problem. Pure: no DOM, no network.
 *
 * @example
 * const result = importText(text, { registry, validate, fileName: 'routes.geojson' });
 * if (result.dataset) show(result.dataset);
 * for (const p of result.problems) console.log(problemText('en', p).what);
 */
export function importText(text: string, options: ImportOptions): ImportResult {
  try {
    const tooLarge = textSizeProblem(text, options.maxBytes ?? MAX_DATASET_BYTES);
    if (tooLarge) return failed(null, [tooLarge]);
    // A byte order mark is not JSON, but editors on Windows write one.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return failed(null, [problem('error', 'file.empty', { path: '' })]);

    options.onProgress?.({ phase: 'parsing' });
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      return failed(null, [syntaxProblem(body, error)]);
    }
    const kind = detectFormat(value);
    if (typeof kind !== 'string') return failed(null, [kind]);

    const context: ImportContext = { registry: options.registry, validate: options.validate };
    if (kind === 'atlas') {
      options.onProgress?.({ phase: 'checking', done: 0, total: 1 });
      const lines = new LineIndex(body);
      const found = duplicateKeys(body).map(({ pointer, offset }) =>
        problem(
          'error',
          'json.duplicate-key',
          { path: pointer, ...lines.at(offset) },
          {
            key: pointerSegments(pointer).pop() ?? '',
          },
        ),
      );
      const result = parseDatasetLenientWith(value, context, { mutate: true, found });
      addPositions(body, result.problems);
      options.onProgress?.({ phase: 'checking', done: 1, total: 1 });
      return { kind, ...result, problems: capProblems(result.problems) };
    }
    const result = datasetFromGeojson(body, value as Record<string, unknown>, context, {
      ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
      onProgress: (done, total) => options.onProgress?.({ phase: 'checking', done, total }),
    });
    return { kind, ...result, problems: capProblems(result.problems) };
  } catch (error) {
    return failed(null, [internalProblem(error)]);
  }
}
