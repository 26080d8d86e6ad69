// What an import reports: problems with a code, a location and parameters, and the import's result.
import type { Dataset } from '../../dataset';

/** `error`: the item (or the whole file) is left out; `warning`: it is kept, something was ignored. */
export type Severity = 'error' | 'warning';

/**
 * Every problem an import can report. Each has an English and a Persian sentence saying what is
 * wrong and how to fix it (`import.what.<code>` and `import.fix.<code>` in src/i18n/locales).
 */
export const PROBLEM_CODES = [
  // The file as a whole.
  'file.too-large',
  'file.empty',
  'json.syntax',
  'json.unexpected-end',
  'json.trailing-comma',
  'json.comment',
  'json.bad-string',
  'json.bad-number',
  'json.trailing-data',
  'json.duplicate-key',
  'json.non-finite',
  'json.not-object',
  'format.unknown',
  'format.topojson',
  'format.bare-geometry',
  'format.xml',
  'xml.syntax',
  'xml.no-geometry',
  // Spreadsheets (CSV, TSV): the sheet, then one cell.
  'sheet.header-only',
  'sheet.no-position',
  'sheet.no-date',
  'sheet.quotes',
  'sheet.row-length',
  'cell.empty',
  'cell.number',
  'cell.position',
  'cell.country',
  'cell.date',
  // GeoJSON structure, as @placemarkio/check-geojson reports it.
  'geojson.position',
  'geojson.position-number',
  'geojson.bbox',
  'geojson.coordinates-shape',
  'geojson.line-too-short',
  'geojson.ring',
  'geojson.forbidden-member',
  'geojson.not-array',
  'geojson.not-object',
  'geojson.member-missing',
  'geojson.type-invalid',
  'geojson.type-not-allowed',
  'geojson.feature-id',
  'geojson.properties-type',
  'geojson.invalid',
  // Geometry.
  'geometry.missing',
  'geometry.unsupported',
  'geometry.degenerate',
  'geometry.disjoint-line',
  'coordinates.out-of-range',
  'coordinates.swapped',
  'coordinates.outside-country',
  // Properties and values.
  'property.missing',
  'property.invalid',
  'property.unknown',
  'text.empty',
  'text.too-long',
  'id.format',
  'id.duplicate',
  'country.format',
  'country.unknown',
  'date.invalid',
  'date.out-of-range',
  'period.invalid',
  'schema.type',
  'schema.enum',
  'schema.const',
  'schema.range',
  'schema.too-few',
  'schema.too-many',
  'schema.duplicate-items',
  'schema.any-of',
  'schema.other',
  // References between items.
  'ref.missing',
  'ref.dropped',
  'ref.pruned',
  'leg.branch',
  'corridor.no-legs',
  'corridor.event-defaulted',
  'name.guessed',
  'name.defaulted',
  'home.missing',
  'story.empty',
  // Limits and the unexpected.
  'problems.truncated',
  'internal',
  // Dataset URLs (`?data=`).
  'url.invalid',
  'url.scheme',
  'url.credentials',
  'url.origin',
  'url.fetch',
] as const;

/** A problem's code: what kind of problem it is. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * Where a problem is. `path` is a JSON Pointer into the file (`/features/3/properties/country`,
 * `/events/2/place`; `""` for the whole file). `index` is the item's position in its list (a
 * GeoJSON feature, or a place, event, corridor, country or chapter of a dataset), counted from 0;
 * `id` its id when it has one. `line` and `column` (from 1) are given when the text position is known.
 * A spreadsheet's problems name the `row`, and the `cell` and its column's header (`field`) when
 * they are about one cell; their `index` is the data row's, from 0 (the row under the header is 0).
 */
export interface ProblemLocation {
  path: string;
  index?: number;
  id?: string;
  line?: number;
  column?: number;
  /** A spreadsheet's row as the spreadsheet numbers it (the header is row 1). */
  row?: number;
  /** A spreadsheet's cell, A1-style (`C5`). */
  cell?: string;
  /** The header of the cell's column, as the file writes it. */
  field?: string;
}

/** Values a problem's sentences are filled in with. */
export type ProblemParams = Record<string, string | number>;

/**
 * One problem found in a dataset or an imported file: the one problem type of data/, for the
 * lenient check, the strict `parseDataset` (its errors are the problems of level `error`) and
 * every import. Turn it into sentences with `problemText`.
 *
 * @example
 * { severity: 'error', code: 'country.unknown', where: { index: 3, path: '/features/3/properties/country' },
 *   params: { code: 'XXX' } }
 */
export interface Problem {
  severity: Severity;
  code: ProblemCode;
  where: ProblemLocation;
  params: ProblemParams;
}

/**
 * The former name of {@link Problem}, kept for the UI's imports.
 *
 * @deprecated Use {@link Problem}.
 * @example
 * const item: ImportProblem = problem('warning', 'story.empty', { path: '/story' });
 */
export type ImportProblem = Problem;

/** Which format a file was read as. */
export type ImportKind = 'atlas' | 'geojson' | 'topojson' | 'kml' | 'gpx' | 'csv' | 'tsv';

/**
 * What an import gives: the format detected (null when the file could not be read as either), the
 * valid part as a dataset (null when nothing usable is left), every problem, and how many items
 * (GeoJSON features, or places + events + corridors + countries + chapters) were read and kept.
 */
export interface ImportResult {
  kind: ImportKind | null;
  dataset: Dataset | null;
  problems: Problem[];
  counts: { items: number; kept: number };
}

/** At most this many problems are listed; one `problems.truncated` warning says how many more there were. */
export const MAX_PROBLEMS = 500;

/**
 * Makes a problem.
 *
 * @example
 * problem('error', 'id.duplicate', { path: '/places/4/id', index: 4, id: 'tehran' }, { id: 'tehran' });
 */
export function problem(
  severity: Severity,
  code: ProblemCode,
  where: ProblemLocation,
  params: ProblemParams = {},
): Problem {
  return { severity, code, where, params };
}

/**
 * A problem that is not the file's fault (an exception, a stopped worker, an aborted import), with
 * the reason as its message: an error's own message, or the reason itself.
 *
 * @example
 * internalProblem(new Error('out of memory')).params.message; // 'out of memory'
 */
export function internalProblem(reason: unknown): Problem {
  const message = String((reason as { message?: unknown } | null | undefined)?.message ?? reason);
  return problem('error', 'internal', { path: '' }, { message });
}

/**
 * Counts a result's errors and warnings.
 *
 * @example
 * const { errors, warnings } = countProblems(result.problems);
 */
export function countProblems(problems: readonly Problem[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors += 1;
  return { errors, warnings: problems.length - errors };
}

/**
 * Keeps the first {@link MAX_PROBLEMS} problems, errors before warnings where it must choose, and
 * adds one `problems.truncated` warning saying how many were left out.
 *
 * @example
 * capProblems(problems).length <= MAX_PROBLEMS + 1; // true
 */
export function capProblems(problems: readonly Problem[], max = MAX_PROBLEMS): Problem[] {
  if (problems.length <= max) return [...problems];
  const errors = problems.filter((p) => p.severity === 'error');
  const kept = new Set(
    errors.length >= max
      ? errors.slice(0, max)
      : [
          ...errors,
          ...problems.filter((p) => p.severity === 'warning').slice(0, max - errors.length),
        ],
  );
  return [
    ...problems.filter((p) => kept.has(p)),
    problem('warning', 'problems.truncated', { path: '' }, { count: problems.length - max }),
  ];
}

/**
 * A result with no dataset, for a file that could not be read at all.
 *
 * @example
 * failed(null, [problem('error', 'file.empty', { path: '' })]);
 */
export function failed(kind: ImportKind | null, problems: Problem[]): ImportResult {
  return { kind, dataset: null, problems, counts: { items: 0, kept: 0 } };
}
