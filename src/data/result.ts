// Errors as values: what strict parsers return, with a path and a sentence for each error.

/**
 * An error of a strict parse in words: where (a JSON Pointer, `/` for the whole input) and what, in
 * an English sentence. It is a problem of level `error` (see `Problem` in import/problem.ts) as a
 * line of a report, made by `errorSentences`.
 *
 * @example
 * { path: '/events/0/place', message: 'no place has the id "atlantis"' }
 */
export interface ParseError {
  path: string;
  message: string;
}

/**
 * What a strict parser returns: the value, or every error found.
 *
 * @example
 * const result: Result<number> = { ok: false, errors: [{ path: '/', message: 'must be number' }] };
 */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: ParseError[] };
