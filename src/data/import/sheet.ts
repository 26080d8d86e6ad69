// A spreadsheet (CSV or TSV) of meetings as GeoJSON Point features, every unreadable cell named by row and column.
import Papa from 'papaparse';
import type { Iso3, LonLat } from '../../dataset';
import type { CountryRegistry } from '../countries';
import type { Converted } from './converted';
import { matchCountry } from './country-match';
import { countryLocator, rangeProblemCode } from './geo-checks';
import { parseMeetingDate } from './geojson-points';
import { LineIndex } from './json-text';
import type { JsonObject } from './json-values';
import { problem, type Problem, type ProblemCode, type ProblemLocation } from './problem';
import { degreesOf, kindOf, positionOf, topicsOf } from './sheet-cells';
import { cellName, columnOf, readHeader, type SheetColumn } from './sheet-columns';
import { sheetDate } from './sheet-date';

/** One row as the parser gives it: its cells, its line in the file, and the parser's complaints. */
interface RawRow {
  cells: string[];
  line: number;
  errors: Papa.ParseError[];
}

/** Where a feature's values came from: its row, and the cell of each property. */
interface RowSource {
  index: number;
  row: number;
  cells: Map<string, { cell: string; field: string }>;
  position: { cell: string; field: string };
}

/** Splits the text into rows with papaparse (the delimiter found from the text), each with its line. */
function parseRows(text: string): { rows: RawRow[]; delimiter: string } {
  const lines = new LineIndex(text);
  const rows: RawRow[] = [];
  let start = 0;
  let delimiter = ',';
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      while (start < text.length && /\s/.test(text[start] as string)) start += 1;
      rows.push({ cells: result.data, line: lines.at(start).line, errors: result.errors });
      start = result.meta.cursor;
      delimiter = result.meta.delimiter;
    },
  });
  return { rows, delimiter };
}

/** What a row gives: its position, country and date, each possibly missing after a problem. */
class RowReader {
  readonly problems: Problem[] = [];

  constructor(
    readonly columns: readonly SheetColumn[],
    readonly cells: readonly string[],
    readonly index: number,
    readonly row: number,
  ) {}

  where(column?: SheetColumn): ProblemLocation {
    return {
      path: '',
      index: this.index,
      row: this.row,
      ...(column ? { cell: cellName(column.index, this.row), field: column.header } : {}),
    };
  }

  report(code: ProblemCode, column?: SheetColumn, params: Record<string, string | number> = {}) {
    const field: Record<string, string> = column ? { column: column.header } : {};
    this.problems.push(problem('error', code, this.where(column), { ...field, ...params }));
  }

  value(column: SheetColumn | undefined): string {
    return column ? (this.cells[column.index] ?? '').trim() : '';
  }

  /** A number of degrees from a column, or undefined (reported). */
  degrees(column: SheetColumn): number | undefined {
    const value = this.value(column);
    if (value === '') return void this.report('cell.empty', column);
    const n = degreesOf(value);
    if (n === undefined) this.report('cell.number', column, { value });
    return n;
  }

  position(columns: Positions): LonLat | undefined {
    let point: LonLat | undefined;
    if ('coordinates' in columns) {
      const value = this.value(columns.coordinates);
      if (value === '') return void this.report('cell.empty', columns.coordinates);
      point = positionOf(value);
      if (!point) return void this.report('cell.position', columns.coordinates, { value });
    } else {
      const lat = this.degrees(columns.lat);
      const lon = this.degrees(columns.lon);
      if (lat === undefined || lon === undefined) return undefined;
      point = [lon, lat];
    }
    const range = rangeProblemCode(point[0], point[1]);
    if (range) {
      const column = 'coordinates' in columns ? columns.coordinates : columns.lat;
      return void this.report(range, column, { lon: point[0], lat: point[1] });
    }
    return point;
  }

  country(column: SheetColumn | undefined, point: LonLat | undefined, registry: CountryRegistry) {
    const value = this.value(column);
    if (value === '') return point ? countryLocator(registry)(point) : undefined;
    const code: Iso3 | undefined = matchCountry(value, registry);
    if (code === undefined) this.report('cell.country', column, { value });
    return code;
  }

  date(column: SheetColumn): string | undefined {
    const value = this.value(column);
    if (value === '') return void this.report('cell.empty', column);
    const text = sheetDate(value);
    const parsed = parseMeetingDate(text);
    if (typeof parsed !== 'string') return text;
    this.report(parsed === 'date.invalid' ? 'cell.date' : parsed, column, { value });
    return undefined;
  }
}

type Positions = { lat: SheetColumn; lon: SheetColumn } | { coordinates: SheetColumn };

/** The properties of a row's other cells, by the property each column becomes. */
function otherProperties(reader: RowReader, source: RowSource): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (const column of reader.columns) {
    const skip = ['lat', 'lon', 'coordinates', 'country', 'date'];
    if (column.field !== undefined && column.lang === undefined && skip.includes(column.field))
      continue;
    const value = reader.value(column);
    if (value === '') continue;
    const property = column.field === 'color' ? 'marker-color' : column.property;
    const read =
      column.field === 'kind' ? kindOf(value) : column.field === 'topics' ? topicsOf(value) : value;
    entries.push([property, read]);
    source.cells.set(property, { cell: cellName(column.index, reader.row), field: column.header });
  }
  return entries;
}

/** Reads one data row into a feature, or reports why it cannot be one. */
function readRow(
  reader: RowReader,
  positions: Positions,
  registry: CountryRegistry,
): { feature?: JsonObject; source: RowSource } {
  const { columns, row } = reader;
  const positionColumn = 'coordinates' in positions ? positions.coordinates : positions.lat;
  const source: RowSource = {
    index: reader.index,
    row,
    cells: new Map(),
    position: { cell: cellName(positionColumn.index, row), field: positionColumn.header },
  };
  const point = reader.position(positions);
  const countryColumn = columnOf(columns, 'country');
  const country = reader.country(countryColumn, point, registry);
  const date = reader.date(columnOf(columns, 'date') as SheetColumn);
  for (const [property, column] of [
    ['country', countryColumn],
    ['date', columnOf(columns, 'date')],
  ] as const) {
    if (column)
      source.cells.set(property, { cell: cellName(column.index, row), field: column.header });
  }
  const properties = otherProperties(reader, source);
  if (!point || country === undefined || date === undefined) return { source };
  const feature: JsonObject = {
    type: 'Feature',
    properties: Object.fromEntries([['country', country], ['date', date], ...properties]),
    geometry: { type: 'Point', coordinates: point },
  };
  return { feature, source };
}

/** A problem about the whole sheet. */
const sheetProblem = (code: ProblemCode, params: Record<string, string | number> = {}) =>
  problem('error', code, { path: '' }, params);

/** The sheet's position columns (lat and lon, else one coordinates column), if it has them. */
function positionColumns(columns: readonly SheetColumn[]): Positions | undefined {
  const lat = columnOf(columns, 'lat');
  const lon = columnOf(columns, 'lon');
  if (lat && lon) return { lat, lon };
  const coordinates = columnOf(columns, 'coordinates');
  return coordinates ? { coordinates } : undefined;
}

/**
 * Converts a spreadsheet of meetings (CSV or TSV, split by papaparse, the delimiter found from the
 * text) into GeoJSON Point features with the properties the GeoJSON rules read: `country` as an
 * ISO code, `date` in the form `parseMeetingDate` reads, the other known columns by their field,
 * the rest as they are. The header row (English or Persian names, see docs/data-format.md) says
 * which column is what. A row with a cell that cannot be read is left out, and each such cell is
 * named by row and column (`cell`, `field`). A row that gives no country is placed in the country
 * its position is in.
 *
 * @example
 * const converted = sheetFeatures('lat,lon,country,date\n35.7,51.4,IRN,1403-08-15', registry);
 * converted.features.length; // 1
 */
export function sheetFeatures(text: string, registry: CountryRegistry): Converted {
  const { rows, delimiter } = parseRows(text);
  const kind = delimiter === '\t' ? 'tsv' : 'csv';
  const none = (p: Problem): Converted => ({ kind, features: [], problems: [p], items: 0 });
  const [header, ...data] = rows;
  const columns = readHeader(header?.cells ?? []);
  const headers = columns.map((c) => c.header).join(', ');
  const positions = positionColumns(columns);
  if (!positions) return none(sheetProblem('sheet.no-position', { columns: headers }));
  if (!columnOf(columns, 'date')) return none(sheetProblem('sheet.no-date', { columns: headers }));
  const filled = data.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  if (filled.length === 0) return none(sheetProblem('sheet.header-only', { columns: headers }));

  const features: JsonObject[] = [];
  const sources: RowSource[] = [];
  const problems: Problem[] = [];
  filled.forEach((raw, index) => {
    const reader = new RowReader(columns, raw.cells, index, raw.line);
    if (raw.errors.some((e) => e.type === 'Quotes')) {
      reader.report('sheet.quotes');
      problems.push(...reader.problems);
      return;
    }
    if (raw.cells.length > columns.length) {
      const where = reader.where();
      const params = { found: raw.cells.length, expected: columns.length };
      problems.push(problem('warning', 'sheet.row-length', where, params));
    }
    const { feature, source } = readRow(reader, positions, registry);
    problems.push(...reader.problems);
    if (!feature) return;
    features.push(feature);
    sources.push(source);
  });
  return {
    kind,
    features,
    problems,
    items: filled.length,
    locate: (feature, pointer) => {
      const source = sources[feature];
      if (!source) return { path: '' };
      const where = { path: '', index: source.index, row: source.row };
      const property = /^\/properties\/([^/]+)/
        .exec(pointer)?.[1]
        ?.replace(/~1/g, '/')
        .replace(/~0/g, '~');
      const cell = property === undefined ? undefined : source.cells.get(property);
      if (cell) return { ...where, ...cell };
      return pointer.startsWith('/geometry') ? { ...where, ...source.position } : where;
    },
  };
}
