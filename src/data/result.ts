// Errors as values: what parsers return, with a path and a sentence for each problem.

/** One problem found in input: where (a JSON-pointer-like path) and what, in a sentence. */
export interface Problem {
  path: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Problem[] };
