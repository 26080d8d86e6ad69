// Messages between the page and the import worker.
import type { ImportProgress } from './import-text';
import type { ImportResult } from './problem';

/** Page → worker: import this file or text. */
export interface ImportRequest {
  input: Blob | string;
  fileName?: string;
  maxBytes?: number;
}

/** Worker → page: progress, then exactly one result. */
export type ImportResponse =
  { type: 'progress'; progress: ImportProgress } | { type: 'result'; result: ImportResult };
