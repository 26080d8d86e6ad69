// Other formats (CSV, TSV, TopoJSON, KML, GPX) become GeoJSON features, then take the one GeoJSON path.
import { datasetFromGeojson, type CheckProgress } from './geojson';
import type { JsonObject } from './json-values';
import type { ImportContext, LenientDatasetResult } from './lenient-dataset';
import type { ImportKind, Problem, ProblemLocation } from './problem';

/** A file converted to GeoJSON features, with the problems found while converting. */
export interface Converted {
  kind: ImportKind;
  /** GeoJSON Feature objects, in the file's order. */
  features: JsonObject[];
  /** Problems of the conversion itself, located in the file (a row and cell, or the file). */
  problems: Problem[];
  /** How many items (rows, placemarks, geometries) the file has, kept or not. */
  items: number;
  /** The collection's name, when the file has one (a KML document's name). */
  name?: string;
  /**
   * Where in the file a problem the GeoJSON rules found is: its feature's index and its pointer
   * within the feature (`/properties/date`, `/geometry/coordinates`). By default, the feature's
   * index and the pointer into the converted collection, without a line and column (they would
   * be the converted text's).
   */
  locate?: (feature: number, pointer: string) => ProblemLocation;
}

/** Moves a problem of the converted collection back onto the file. */
function relocate(p: Problem, converted: Converted): Problem {
  // Line and column would be the converted text's, which the reader never sees.
  const where = { ...p.where };
  delete where.line;
  delete where.column;
  const match = /^\/features\/(\d+)(.*)$/.exec(where.path);
  const feature = match ? Number(match[1]) : where.index;
  if (feature === undefined || !converted.locate) return { ...p, where };
  const located = converted.locate(feature, match ? (match[2] as string) : '');
  return { ...p, where: { ...located, ...(where.id === undefined ? {} : { id: where.id }) } };
}

/**
 * Imports converted features through the GeoJSON rules (names, styles, meetings and corridors,
 * places, countries: one set of rules for every format), then moves each problem back onto the
 * file and counts the file's items.
 *
 * @example
 * const result = importConverted(sheetFeatures(text, registry), context, { fileName: 'meetings.csv' });
 */
export function importConverted(
  converted: Converted,
  context: ImportContext,
  options: { fileName?: string; onProgress?: CheckProgress } = {},
): LenientDatasetResult {
  const root: JsonObject = {
    type: 'FeatureCollection',
    ...(converted.name ? { name: converted.name } : {}),
    features: converted.features,
  };
  const text = JSON.stringify(root);
  const result =
    converted.features.length === 0
      ? { dataset: null, problems: [], counts: { items: 0, kept: 0 } }
      : datasetFromGeojson(text, root, context, options);
  const problems = [...converted.problems, ...result.problems.map((p) => relocate(p, converted))];
  problems.sort((a, b) => (a.where.index ?? -1) - (b.where.index ?? -1));
  return {
    dataset: result.dataset,
    problems,
    counts: { items: converted.items, kept: result.counts.kept },
  };
}
