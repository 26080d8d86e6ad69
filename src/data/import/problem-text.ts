// Import problems as sentences in Persian or English: where the problem is, what is wrong, how to fix it.
import type { Lang } from '../../i18n/format';
import { ti as t, type ImportMessageKey } from './messages';
import type { Problem, ProblemParams } from './problem';

/** A problem in words. Plain text: set it with `textContent`. */
export interface ProblemText {
  where: string;
  what: string;
  fix: string;
}

const MIB = 1024 * 1024;
// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: a Latin id or path inside Persian
// text keeps its own direction and does not reorder the sentence around it.
const isolate = (lang: Lang, text: string) => (lang === 'fa' ? `\u2068${text}\u2069` : text);

const COLLECTION_KIND: Record<string, string> = {
  places: 'place',
  events: 'event',
  corridors: 'corridor',
  countries: 'country',
  story: 'chapter',
};
const TYPE_NAMES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

const key = (name: string) => name as ImportMessageKey;

/** A parameter translated when it names a kind of item, a JSON type, a reason or an expected form. */
function localParams(lang: Lang, problem: Problem): ProblemParams {
  const out: ProblemParams = {};
  for (const [name, value] of Object.entries(problem.params)) {
    out[name] = typeof value === 'string' ? isolate(lang, value) : value;
  }
  const p = problem.params;
  if (typeof p.kind === 'string') out.kind = t(lang, key(`import.kind.${p.kind}`));
  if (typeof p.reason === 'string' && (p.reason === 'dropped' || p.reason === 'missing')) {
    out.reason = t(lang, key(`import.reason.${p.reason}`));
  }
  if (typeof p.expected === 'string') {
    out.expected = p.expected
      .split(',')
      .map((type) =>
        TYPE_NAMES.has(type)
          ? t(lang, key(`import.type.${type}`))
          : t(lang, key(`import.expected.${type}`)),
      )
      .join(t(lang, 'import.or'));
  }
  if (problem.code === 'json.not-object' && typeof p.found === 'string') {
    out.found = TYPE_NAMES.has(p.found) ? t(lang, key(`import.type.${p.found}`)) : p.found;
  }
  if (problem.code === 'file.too-large') {
    const mb = (bytes: number) => Math.round((bytes / MIB) * 10) / 10;
    out.size = mb(Number(p.bytes));
    out.limit = mb(Number(p.limit));
  }
  return out;
}

/**
 * Where a problem is, in words: the feature (counted from 1) or the dataset item with its id, the
 * JSON Pointer, and the line and column.
 *
 * @example
 * problemWhere('en', { path: '/features/3/properties/country', index: 3, line: 40, column: 7 });
 * // "Feature 4 · at /features/3/properties/country · line 40, column 7"
 * problemWhere('en', { path: '', index: 3, row: 5, cell: 'C5', field: 'date' });
 * // "Cell C5 (column “date”)"
 */
export function problemWhere(lang: Lang, where: Problem['where']): string {
  const parts: string[] = [];
  const [, collection] = /^\/([^/]+)/.exec(where.path) ?? [];
  const id = where.id === undefined ? undefined : isolate(lang, where.id);
  // A spreadsheet's problem: its cell (and column), else its row, as the spreadsheet numbers them.
  if (where.cell !== undefined) {
    const field = isolate(lang, where.field ?? '');
    parts.push(t(lang, 'import.where.cell', { cell: isolate(lang, where.cell), field }));
  } else if (where.row !== undefined) {
    parts.push(t(lang, 'import.where.row', { row: where.row }));
  } else if (where.index !== undefined) {
    const n = where.index + 1;
    const kind = collection === undefined ? undefined : COLLECTION_KIND[collection];
    if (kind !== undefined) {
      const label = t(lang, key(`import.kind.${kind}`));
      const name = lang === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label;
      parts.push(
        id === undefined
          ? t(lang, 'import.where.item', { kind: name, n })
          : t(lang, 'import.where.itemId', { kind: name, n, id }),
      );
    } else {
      parts.push(
        id === undefined
          ? t(lang, 'import.where.feature', { n })
          : t(lang, 'import.where.featureId', { n, id }),
      );
    }
  }
  if (where.path !== '') {
    parts.push(t(lang, 'import.where.path', { path: isolate(lang, where.path) }));
  }
  if (where.line !== undefined) {
    parts.push(t(lang, 'import.where.line', { line: where.line, column: where.column ?? 1 }));
  }
  if (parts.length === 0) return t(lang, 'import.where.file');
  return parts.join(t(lang, 'import.where.separator'));
}

/**
 * A problem in words, in Persian or English: where it is, what is wrong, and how to fix it.
 *
 * @example
 * problemText('fa', problem).what; // "«XXX» کد کشور شناخته‌شده‌ای نیست."
 */
export function problemText(lang: Lang, problem: Problem): ProblemText {
  const params = localParams(lang, problem);
  return {
    where: problemWhere(lang, problem.where),
    what: t(lang, key(`import.what.${problem.code}`), params),
    fix: t(lang, key(`import.fix.${problem.code}`), params),
  };
}
