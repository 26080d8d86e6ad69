// Imports a dataset from text: detects the format, checks it leniently, keeps the valid part (pure, no DOM).
import { importConverted, type Converted } from './converted';
import { datasetFromGeojson, GEOMETRY_TYPES, type CheckProgress } from './geojson';
import { duplicateKeys, findJsonSyntaxError, LineIndex, offsetsOf } from './json-text';
import { isJsonObject, own, pointerSegments, type JsonObject } from './json-values';
import { parseDatasetLenientWith, type ImportContext } from './lenient-dataset';
import { MAX_DATASET_BYTES, textSizeProblem } from './limits';
import { sheetFeatures } from './sheet';
import { topojsonFeatures } from './topojson-features';
import { xmlFeatures, xmlKind } from './xml-features';
import {
  capProblems,
  failed,
  internalProblem,
  problem,
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
 * Which format a parsed JSON file is in: GeoJSON or TopoJSON (by its `type`), a Corridor Atlas
 * dataset (by its members), or a problem saying why it is none of them.
 *
 * @example
 * detectFormat({ type: 'FeatureCollection', features: [] }); // "geojson"
 * detectFormat({ type: 'Topology', objects: {}, arcs: [] }); // "topojson"
 */
export function detectFormat(value: unknown): 'atlas' | 'geojson' | 'topojson' | Problem {
  if (!isJsonObject(value)) {
    const found = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    return problem('error', 'json.not-object', { path: '' }, { found });
  }
  const type = own(value, 'type');
  if (typeof type === 'string' && GEOJSON_TYPES.has(type)) return 'geojson';
  if (type === 'Topology') return 'topojson';
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

/** The options the GeoJSON rules take: the file's name and progress in features. */
function progressOf(options: ImportOptions): { fileName?: string; onProgress: CheckProgress } {
  return {
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    onProgress: (done, total) => options.onProgress?.({ phase: 'checking', done, total }),
  };
}

/**
 * Whether a text that is not JSON reads as a spreadsheet: its first line has a comma, tab,
 * semicolon or bar between names, or the file is called `.csv`, `.tsv` or `.tab`.
 */
function looksDelimited(text: string, fileName?: string): boolean {
  if (fileName !== undefined && /\.(csv|tsv|tab)$/i.test(fileName)) return true;
  const firstLine = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
  return /[,\t;|]/.test(firstLine);
}

/** Imports converted features and says which format they came from. */
function converted(
  from: Converted,
  context: ImportContext,
  progress: { fileName?: string; onProgress: CheckProgress },
): ImportResult {
  const result = importConverted(from, context, progress);
  return { kind: from.kind, ...result, problems: capProblems(result.problems) };
}

/** Imports KML or GPX, refusing other XML and XML where no parser was given. */
function importXml(
  text: string,
  options: ImportOptions,
  progress: { fileName?: string; onProgress: CheckProgress },
): ImportResult {
  const kind = xmlKind(text);
  if (kind === null || !options.parseXml) {
    return failed(null, [problem('error', 'format.xml', { path: '' })]);
  }
  const context: ImportContext = { registry: options.registry, validate: options.validate };
  return converted(xmlFeatures(text, kind, options.parseXml, options.registry), context, progress);
}

/**
 * Imports a file's text: a Corridor Atlas dataset (JSON, see docs/data-format.md), GeoJSON
 * (FeatureCollection or Feature: lines become corridors, points meetings), or TopoJSON, KML, GPX
 * or a CSV/TSV spreadsheet of meetings, each converted to GeoJSON features that then follow the
 * GeoJSON rules. The format is found from the content (`{` JSON, `<kml`, `<gpx`, a first line
 * with delimiters), the file name only telling a one-column sheet from broken JSON. Checks everything,
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
    const context: ImportContext = { registry: options.registry, validate: options.validate };
    const progress = progressOf(options);
    const start = body.trimStart()[0];
    if (start === '<') return importXml(body, options, progress);
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      if (start !== '{' && start !== '[' && looksDelimited(body, options.fileName)) {
        return converted(sheetFeatures(body, options.registry), context, progress);
      }
      return failed(null, [syntaxProblem(body, error)]);
    }
    const kind = detectFormat(value);
    if (typeof kind !== 'string') return failed(null, [kind]);
    if (kind === 'topojson')
      return converted(topojsonFeatures(value as JsonObject), context, progress);

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
    const result = datasetFromGeojson(body, value as Record<string, unknown>, context, progress);
    return { kind, ...result, problems: capProblems(result.problems) };
  } catch (error) {
    return failed(null, [internalProblem(error)]);
  }
}
