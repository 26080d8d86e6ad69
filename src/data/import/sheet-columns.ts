// A spreadsheet's header row: which column holds what, by the usual names in English and Persian.
import { nameKey } from './text-key';

/** What a column holds, as the import reads it; other columns are kept as the meeting's own properties. */
export type SheetField =
  | 'lat'
  | 'lon'
  | 'coordinates'
  | 'country'
  | 'date'
  | 'id'
  | 'name'
  | 'title'
  | 'place'
  | 'summary'
  | 'counterpart'
  | 'office'
  | 'kind'
  | 'topics'
  | 'source'
  | 'color';

/** The header names of each field, in English and Persian (matched as {@link nameKey} keys). */
const ALIASES: Readonly<Record<SheetField, readonly string[]>> = {
  lat: ['lat', 'latitude', 'y', 'عرض', 'عرض جغرافیایی'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x', 'طول', 'طول جغرافیایی'],
  coordinates: ['coordinates', 'coords', 'coordinate', 'wkt', 'geometry', 'point', 'مختصات'],
  country: ['country', 'country code', 'iso', 'iso3', 'iso a3', 'nation', 'کشور'],
  date: ['date', 'when', 'day', 'تاریخ', 'زمان'],
  id: ['id', 'شناسه'],
  name: ['name', 'نام'],
  title: ['title', 'meeting', 'event', 'عنوان', 'دیدار', 'رویداد'],
  place: ['place', 'city', 'venue', 'location', 'مکان', 'محل', 'شهر'],
  summary: ['summary', 'description', 'notes', 'خلاصه', 'شرح', 'توضیحات'],
  counterpart: ['counterpart', 'with', 'person', 'طرف مقابل', 'همتا', 'طرف'],
  office: ['office', 'role', 'position', 'سمت'],
  kind: ['kind', 'type', 'نوع'],
  topics: ['topics', 'topic', 'subjects', 'موضوع', 'موضوعات', 'محورها'],
  source: ['source', 'منبع'],
  color: ['color', 'colour', 'marker color', 'رنگ'],
};

const FIELD_OF = new Map<string, SheetField>(
  (Object.entries(ALIASES) as [SheetField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [nameKey(name), field] as const),
  ),
);

/** A column of the sheet: its position, its header as written, and what it holds. */
export interface SheetColumn {
  /** From 0. */
  index: number;
  header: string;
  /** The field it holds; undefined for a column kept as it is. */
  field?: SheetField;
  /** The property the column becomes: the field, `name_fa`-style names as they are, else the header. */
  property: string;
  /** The language of a bilingual text (`name_fa`, `title (en)`), when the header says. */
  lang?: 'en' | 'fa';
}

/**
 * The columns a header row names. A header may carry a language (`name_fa`, `title_en`, «نام (en)»);
 * the first column of a field wins, a later one is kept as a property of its own.
 *
 * @example
 * readHeader(['Latitude', 'طول', 'کشور', 'تاریخ']).map((c) => c.field); // ['lat', 'lon', 'country', 'date']
 */
export function readHeader(cells: readonly string[]): SheetColumn[] {
  const taken = new Set<string>();
  return cells.map((raw, index) => {
    const header = raw.replace(/^\ufeff/, '').trim();
    const suffix = /^(.*?)[\s_-]*(?:[_(\s-](en|fa)\)?)$/i.exec(header);
    const base = suffix ? (suffix[1] as string) : header;
    const lang = suffix ? ((suffix[2] as string).toLowerCase() as 'en' | 'fa') : undefined;
    const field = FIELD_OF.get(nameKey(base));
    const bilingual =
      field === 'name' ||
      field === 'title' ||
      field === 'place' ||
      field === 'summary' ||
      field === 'counterpart' ||
      field === 'office';
    if (field !== undefined && (lang === undefined || bilingual)) {
      const property = lang === undefined ? field : `${field}_${lang}`;
      if (!taken.has(property)) {
        taken.add(property);
        return { index, header, field, property, ...(lang ? { lang } : {}) };
      }
    }
    return { index, header, property: header === '' ? `column ${index + 1}` : header };
  });
}

/**
 * The column of a field, if the header has one.
 *
 * @example
 * columnOf(readHeader(['lat', 'lon']), 'lon')?.index; // 1
 */
export function columnOf(
  columns: readonly SheetColumn[],
  field: SheetField,
): SheetColumn | undefined {
  return columns.find((c) => c.field === field && c.lang === undefined);
}

/**
 * The A1-style name of a cell, as a spreadsheet shows it: column letters and the row number.
 *
 * @example
 * cellName(2, 5); // "C5"
 * cellName(27, 2); // "AB2"
 */
export function cellName(columnIndex: number, row: number): string {
  let letters = '';
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}
