// Runs an import in a Web Worker, off the main thread, or on the page when no worker can start.
import type { ImportProgress } from './import-text';
import { MAX_DATASET_BYTES, sizeProblem } from './limits';
import { failed, internalProblem, type ImportResult } from './problem';
import type { ImportRequest, ImportResponse } from './worker-protocol';

/** Options of {@link importFile}. */
export interface ImportFileOptions {
  /** Called as the import reads, parses and checks (GeoJSON: feature by feature). */
  onProgress?: (progress: ImportProgress) => void;
  /** The file's name, when the input is a text or a Blob (a File gives its own). */
  fileName?: string;
  /** Largest accepted size in bytes; {@link MAX_DATASET_BYTES} by default. */
  maxBytes?: number;
  /** False: run on the page (tests, or where workers are known to be unavailable). */
  useWorker?: boolean;
  /** Aborting stops the worker; the promise then resolves with an `internal` problem ("aborted"). */
  signal?: AbortSignal;
}

/** Starts the import worker, or returns null when this page cannot (no Worker, CSP, file:// page). */
function startWorker(): Worker | null {
  // The single file (opened from file://, an opaque origin) cannot start a worker from a file.
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'single') return null;
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** The import on the page itself, its code loaded only when needed. */
async function onPage(input: Blob | string, options: ImportFileOptions, fileName?: string) {
  const [{ readAndImport }, { defaultImportContext }] = await Promise.all([
    import('./read-and-import'),
    import('./default-context'),
  ]);
  return readAndImport(input, {
    context: defaultImportContext(),
    ...(fileName === undefined ? {} : { fileName }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
}

const aborted = () => failed(null, [internalProblem('aborted')]);

/**
 * Imports a dataset file (or text) off the main thread: a Web Worker reads, parses and checks it
 * and posts progress. Where no worker can start (no Worker, a CSP without `worker-src 'self'`, the
 * single-file build opened from file://) or the worker fails before answering, the import runs on
 * the page instead. A file over the size limit is refused before it is read. Never rejects.
 *
 * @example
 * const result = await importFile(file, { onProgress: (p) => (bar.textContent = p.phase) });
 * if (result.dataset) showDataset(result.dataset);
 * list.replaceChildren(...result.problems.map((p) => row(problemText(lang, p))));
 */
export function importFile(
  input: Blob | string,
  options: ImportFileOptions = {},
): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? MAX_DATASET_BYTES;
  const fileName =
    options.fileName ??
    (typeof File !== 'undefined' && input instanceof File ? input.name : undefined);
  if (typeof input !== 'string') {
    const tooLarge = sizeProblem(input.size, maxBytes);
    if (tooLarge) return Promise.resolve(failed(null, [tooLarge]));
  }
  if (options.signal?.aborted) return Promise.resolve(aborted());
  const worker = options.useWorker === false ? null : startWorker();
  if (!worker) return onPage(input, options, fileName);

  return new Promise<ImportResult>((resolve) => {
    let answered = false;
    let settled = false;
    const finish = (result: ImportResult | Promise<ImportResult>) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      options.signal?.removeEventListener('abort', abort);
      resolve(result);
    };
    const abort = () => finish(aborted());
    const fail = (event: Event) => {
      event.preventDefault();
      // A worker that never answered did not start (blocked or missing): do the work here instead.
      if (!answered) finish(onPage(input, options, fileName));
      else {
        finish(failed(null, [internalProblem('the import worker stopped')]));
      }
    };
    options.signal?.addEventListener('abort', abort);
    worker.addEventListener('message', (event: MessageEvent<ImportResponse>) => {
      answered = true;
      const message = event.data;
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else finish(message.result);
    });
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
    const request: ImportRequest = {
      input,
      ...(fileName === undefined ? {} : { fileName }),
      maxBytes,
    };
    try {
      worker.postMessage(request);
    } catch {
      finish(onPage(input, options, fileName));
    }
  });
}
